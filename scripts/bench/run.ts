// `npm run bench`: performance figures, printed as one table. Not a test: it measures.
// - The booking core on a fresh database of its own — embedded PGlite in memory, or (with DATABASE_URL) a
//   new database on that server, dropped afterwards: free-slot search p50/p95 at 1k/10k/100k appointments,
//   booking commits/s against raw INSERTs/s into a table of the same shape, same concurrency.
// - Through `next start` (the build in .next is reused when current, else built; a throwaway embedded
//   database): an article's requests/s against a hello-world Next.js page (bench/hello-next) served the
//   same way and a bare node:http server sending the article's bytes; first-load JS per route (gzip)
//   against the hello-world page; Lighthouse scores per public page.
// - `npm audit --omit=dev`: high and critical advisories of the production dependencies.
// - The job queue: due→done latency p50/p95 with 10,000 jobs queued, and draining 10,000 due jobs.
// - Section `portal`: the patient's pages for two years of daily sessions, p50/p95 and HTML size (portal.ts).
// - Section `clinical` (issue 17): the agenda week and patient record pages through `next start`, and their data
//   functions on the engine under test, with 100k appointments / 10k patients (clinical.ts).
// - Section `dev`: `npm run dev` on a fresh clone (new embedded database, no .next/dev): server ready, first
//   page, first /afspraak (dev.ts).
// BENCH_SECTIONS=db,jobs,clinical,http,js,lighthouse,portal,dev,audit picks sections (a file per section in this folder); BENCH_HTTP_SECONDS (10) and BENCH_HTTP_CONCURRENCY
// (10) shape the HTTP runs; LIGHTHOUSE_RUNS (3) the Lighthouse runs per page (median). One function per measurement.
import { cpus, loadavg } from "node:os";
import { auditProductionDependencies } from "./audit";
import { benchClinical } from "./clinical";
import { benchDatabase } from "./db";
import { benchDev } from "./dev";
import { benchPortal } from "./portal";
import { benchJobs } from "./jobs";
import { benchThroughServers } from "./through-servers";
import { lighthouseNotes, rows, sections } from "./table";

let engine = "";
const loadAtStart = loadavg();
if (sections.has("db")) engine = await benchDatabase();
if (sections.has("jobs")) await benchJobs();
if (sections.has("clinical")) await benchClinical();
if (["http", "js", "lighthouse"].some((s) => sections.has(s))) await benchThroughServers();
if (sections.has("portal")) await benchPortal();
if (sections.has("dev")) await benchDev();
if (sections.has("audit")) auditProductionDependencies();

const width = Math.max(...rows.map((r) => r.measurement.length), "measurement".length);
const valueWidth = Math.max(...rows.map((r) => r.value.length), "value".length);
// Every figure here is one run on a shared machine: the load average says how quiet it was.
const load = (l: number[]) => l.map((v) => v.toFixed(1)).join(" / ");
console.log(`\nKeten bench — booking core on ${engine || "(not run)"} — ${new Date().toISOString()}`);
console.log(`${cpus().length} cores; load average (1/5/15 min) at start ${load(loadAtStart)}, at the end ${load(loadavg())}\n`);
console.log(`| ${"measurement".padEnd(width)} | ${"value".padEnd(valueWidth)} |`);
console.log(`| ${"-".repeat(width)} | ${"-".repeat(valueWidth)} |`);
for (const row of rows) console.log(`| ${row.measurement.padEnd(width)} | ${row.value.padEnd(valueWidth)} |`);
if (lighthouseNotes.length) console.log(`\nLighthouse below 100 because of:\n${lighthouseNotes.map((note) => `- ${note}`).join("\n")}`);
