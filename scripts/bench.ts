// `npm run bench`: performance figures, printed as one table. Not a test: it measures.
// - The booking core on a fresh database of its own — embedded PGlite in memory, or (with DATABASE_URL) a
//   new database on that server, dropped afterwards: free-slot search p50/p95 at 1k/10k/100k appointments,
//   booking commits/s against raw INSERTs/s into a table of the same shape, same concurrency.
// - Through `next start` (the build in .next is reused when current, else built; a throwaway embedded
//   database): an article's requests/s against a hello-world Next.js page (bench/hello-next) served the
//   same way and a bare node:http server sending the article's bytes; first-load JS per route (gzip)
//   against the hello-world page; Lighthouse scores per public page.
// - `npm audit --omit=dev`: high and critical advisories of the production dependencies.
// BENCH_SECTIONS=db,http,js,lighthouse,audit picks sections; BENCH_HTTP_SECONDS (10) and BENCH_HTTP_CONCURRENCY
// (10) shape the HTTP runs; LIGHTHOUSE_RUNS (1) the Lighthouse runs per page. One function per measurement.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { Agent, request } from "node:http";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { closeDatabase, databaseKind, db } from "@/db";
import { migrateDatabase } from "@/db/migrate";
import { appointments, availabilityRules, patients, practiceSettings, services, therapists, users } from "@/db/schema";
import { findFreeSlots } from "@/lib/data/availability";
import { bookAppointment } from "@/lib/data/booking";
import { addDays, instantAt, isoWeekday, todayIn } from "@/lib/time/zone";
import { INTAKE_FORM_VERSION, intakeSchema, type IntakeAnswers } from "@/lib/validation/intake";
import { buildIsCurrent, freePort, waitFor } from "./proof/support";

type Row = { measurement: string; value: string };
const rows: Row[] = [];
const sections = new Set((process.env.BENCH_SECTIONS ?? "db,http,js,lighthouse,audit").split(",").map((s) => s.trim()));
const THERAPISTS = 10;
const now = new Date();

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function setUpPractice(): Promise<{ serviceId: string; patientId: string; therapistIds: string[] }> {
  await db.insert(practiceSettings).values({ id: 1 }).onConflictDoNothing();
  const [service] = await db.insert(services).values({ slug: "bench-intake", kind: "intake", name: "Bewegingsketenanalyse", minutes: 60 }).returning({ id: services.id });
  const therapistIds: string[] = [];
  for (let i = 0; i < THERAPISTS; i++) {
    const [user] = await db.insert(users).values({ email: `therapeut${i}@bench.test`, role: "therapist" }).returning({ id: users.id });
    const [therapist] = await db
      .insert(therapists)
      .values({ userId: user!.id, slug: `therapeut-${i}`, displayName: `Therapeut ${i}`, title: "Fysiotherapeut", sortOrder: i })
      .returning({ id: therapists.id });
    therapistIds.push(therapist!.id);
    // Monday to Friday 08:00–18:00, wall clock.
    await db.insert(availabilityRules).values([1, 2, 3, 4, 5].map((weekday) => ({ therapistId: therapist!.id, weekday, startTime: "08:00", endTime: "18:00", validFrom: "2020-01-01" })));
  }
  const [user] = await db.insert(users).values({ email: "patient@bench.test", role: "patient" }).returning({ id: users.id });
  const [patient] = await db.insert(patients).values({ userId: user!.id, fullName: "Bench Patiënt", dateOfBirth: "1990-01-01" }).returning({ id: patients.id });
  return { serviceId: service!.id, patientId: patient!.id, therapistIds };
}

/**
 * Existing 30-minute appointments at 08:00, 10:00, 12:00, 14:00 and 16:00 of the working days, all therapists, from the end of the
 * booking horizon backwards: the horizon busy (each gap still fits one hour with its buffers), the rest history. `from` continues where the last
 * call stopped, so the sizes grow 1k → 10k → 100k on one database.
 */
async function addAppointments(context: Awaited<ReturnType<typeof setUpPractice>>, from: number, to: number): Promise<void> {
  const lastDay = addDays(todayIn(now), 56);
  const batch: (typeof appointments.$inferInsert)[] = [];
  const flush = async () => {
    if (batch.length) await db.insert(appointments).values(batch.splice(0));
  };
  let index = 0;
  for (let day = lastDay; index < to; day = addDays(day, -1)) {
    if (isoWeekday(day) > 5) continue;
    for (let slot = 0; slot < 20 && index < to; slot += 4) {
      for (let t = 0; t < THERAPISTS && index < to; t++, index++) {
        if (index < from) continue;
        const startsAt = instantAt(day, 8 * 60 + slot * 30);
        batch.push({ therapistId: context.therapistIds[t]!, patientId: context.patientId, serviceId: context.serviceId, startsAt, endsAt: new Date(startsAt.getTime() + 30 * 60_000) });
        if (batch.length >= 1000) await flush();
      }
    }
  }
  await flush();
}

async function measureFreeSlotSearch(label: string): Promise<void> {
  const timings: number[] = [];
  let slots = 0;
  for (let run = -3; run < 40; run++) {
    const started = performance.now();
    const result = await findFreeSlots({ serviceSlug: "bench-intake", therapistSlug: null, now });
    if (run >= 0) timings.push(performance.now() - started); // the first runs warm up the JIT and caches
    slots = result?.slots.length ?? 0;
  }
  timings.sort((a, b) => a - b);
  rows.push({
    measurement: `free-slot search, ${THERAPISTS} therapists × 8 weeks, ${label} appointments`,
    value: `p50 ${percentile(timings, 50).toFixed(1)} ms, p95 ${percentile(timings, 95).toFixed(1)} ms (${slots} free starts)`,
  });
}

function benchIntake(i: number): IntakeAnswers {
  return intakeSchema(todayIn(now)).parse({
    formVersion: String(INTAKE_FORM_VERSION),
    fullName: `Bench Boeker ${i}`,
    email: `boeker${i}@bench.test`,
    phone: "0612345678",
    dateOfBirth: "1990-01-01",
    complaintLocation: "left",
    onset: "gradual",
    since: "one_to_four_weeks",
    painNow: "3",
    painWorst: "5",
    stiffness: "none",
    strengthLoss: "no",
    swellingOrBruising: "no",
    pop: "no",
    visibleDent: "no",
    weightBearing: "normal",
    walkingHard: "no",
    crampFrequency: "never",
    oneLegMuchMore: "no",
    restWeek: "not_rested",
    previousInjuries: "none",
    goals: "Weer sporten.",
    consent: "yes",
  });
}

async function measureBookingsPerSecond(count: number, concurrency: number): Promise<number> {
  const search = await findFreeSlots({ serviceSlug: "bench-intake", therapistSlug: null, now });
  // Distinct slots that do not touch each other: per therapist, starts at least the service plus buffer apart.
  const lastStart = new Map<string, number>();
  const targets: { start: Date; therapist: string }[] = [];
  for (const slot of search!.slots) {
    for (const therapistId of slot.therapistIds) {
      if (targets.length >= count || slot.start < (lastStart.get(therapistId) ?? 0) + 70 * 60_000) continue;
      lastStart.set(therapistId, slot.start);
      targets.push({ start: new Date(slot.start), therapist: search!.therapists.find((t) => t.id === therapistId)!.slug });
      break;
    }
  }
  let booked = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < targets.length) {
        const i = next++;
        const target = targets[i]!;
        const outcome = await bookAppointment({ serviceSlug: "bench-intake", therapistSlug: target.therapist, startsAt: target.start, intake: benchIntake(i), idempotencyKey: `bench-${i}-${randomBytes(8).toString("hex")}` }, now);
        if (outcome.status === "booked") booked++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  rows.push({
    measurement: `bookings on distinct slots (${targets.length} attempts, ${concurrency} at a time)`,
    value: `${(booked / seconds).toFixed(1)} bookings/s (${booked} booked in ${seconds.toFixed(1)} s)`,
  });
  return booked / seconds;
}

/**
 * The floor under a booking: single-row INSERT statements, each its own commit, into a scratch table with
 * the appointments' columns, defaults and indexes (the exclusion constraint included), at the same
 * concurrency. A booking does more in its transaction (patient, lock, re-check, intake, outbox, audit).
 */
async function measureRawInserts(context: Awaited<ReturnType<typeof setUpPractice>>, count: number, concurrency: number, bookingsPerSecond: number): Promise<void> {
  await db.execute(sql.raw("create table bench_raw_appointments (like appointments including defaults including indexes)"));
  const base = Date.UTC(2040, 0, 1);
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        const startsAt = new Date(base + i * 2 * 3_600_000);
        const endsAt = new Date(startsAt.getTime() + 60 * 60_000);
        await db.execute(sql`insert into bench_raw_appointments (therapist_id, patient_id, service_id, starts_at, ends_at, status, idempotency_key)
          values (${context.therapistIds[i % THERAPISTS]}, ${context.patientId}, ${context.serviceId}, ${startsAt.toISOString()}, ${endsAt.toISOString()}, 'confirmed', ${`raw-${i}`})`);
      }
    }),
  );
  const perSecond = count / ((performance.now() - started) / 1000);
  await db.execute(sql.raw("drop table bench_raw_appointments"));
  rows.push({ measurement: `raw single-row INSERTs, same shape (${count}, ${concurrency} at a time)`, value: `${perSecond.toFixed(1)} inserts/s` });
  rows.push({ measurement: "booking commits/s ÷ raw INSERTs/s", value: `${(bookingsPerSecond / perSecond).toFixed(3)} (a booking costs ${(perSecond / bookingsPerSecond).toFixed(1)} INSERTs)` });
}

async function withBenchDatabase(work: () => Promise<void>): Promise<void> {
  const serverUrl = process.env.DATABASE_URL || undefined;
  let drop = async () => {};
  if (serverUrl) {
    const name = `keten_bench_${randomBytes(6).toString("hex")}`;
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database "${name}"`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    process.env.DATABASE_URL = url.toString();
    drop = async () => {
      const again = postgres(serverUrl, { max: 1, onnotice: () => {} });
      await again.unsafe(`drop database if exists "${name}" with (force)`);
      await again.end();
    };
  } else {
    process.env.PGLITE_DIR = "memory://";
  }
  try {
    await migrateDatabase();
    await work();
  } finally {
    await closeDatabase();
    await drop();
  }
}

// ---------------------------------------------------------------------------------------------------------
// Through the running servers.

const ARTICLE = "/kennisbank/overbelaste-hamstring";
const ROUTES = ["/", "/kennisbank", "/kennisbank/kramp-in-je-hamstring", ARTICLE, "/klachtencheck", "/privacy", "/afspraak", "/inloggen"];
const HELLO_DIR = path.join("bench", "hello-next");

type Server = { origin: string; stop: () => Promise<void> };

function startServer(command: string, args: string[], env: NodeJS.ProcessEnv, port: number, cwd = "."): ChildProcess {
  return spawn(command, args, { cwd, env: { ...env, PORT: String(port) }, stdio: ["ignore", "ignore", "inherit"], detached: true });
}

async function serve(child: ChildProcess, port: number, cleanup: () => void = () => {}): Promise<Server> {
  const origin = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.pid && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // already gone
      }
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    }
    cleanup();
  };
  if (!(await waitFor(`${origin}/`, 120))) {
    await stop();
    throw new Error(`${origin} did not answer within 120 s`);
  }
  return { origin, stop };
}

function newestFile(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === ".next" || entry.name === "node_modules") continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestFile(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function ensureBuilds(env: NodeJS.ProcessEnv): void {
  const buildEnv: NodeJS.ProcessEnv = { ...env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" };
  if (!buildIsCurrent()) {
    console.log("Building the app (the build is missing or older than the sources)…");
    if (spawnSync("npx", ["next", "build"], { stdio: "inherit", env: buildEnv }).status !== 0) throw new Error("next build failed");
  }
  const helloBuild = path.join(HELLO_DIR, ".next", "BUILD_ID");
  const helloSources = Math.max(newestFile(HELLO_DIR), statSync("package-lock.json").mtimeMs);
  if (!existsSync(helloBuild) || statSync(helloBuild).mtimeMs < helloSources) {
    console.log("Building the hello-world baseline (bench/hello-next)…");
    if (spawnSync(path.resolve("node_modules/.bin/next"), ["build"], { cwd: HELLO_DIR, stdio: "inherit", env: buildEnv }).status !== 0) throw new Error("hello-world build failed");
  }
}

/** GETs one URL for a fixed time with a fixed number of keep-alive connections; requests/s of 200 answers. */
async function loadTest(url: string, seconds: number, concurrency: number): Promise<{ perSecond: number; failed: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const get = () =>
    new Promise<number>((resolve) => {
      const req = request(url, { agent, headers: { accept: "text/html" } }, (res) => {
        res.on("data", () => {});
        res.on("end", () => resolve(res.statusCode ?? 0));
      });
      req.on("error", () => resolve(0));
      req.end();
    });
  const loop = async (until: number, count: boolean, tally: { ok: number; failed: number }) => {
    while (performance.now() < until) {
      const status = await get();
      if (!count) continue;
      if (status === 200) tally.ok++;
      else tally.failed++;
    }
  };
  const warm = { ok: 0, failed: 0 };
  const warmUntil = performance.now() + 2_000;
  await Promise.all(Array.from({ length: concurrency }, () => loop(warmUntil, false, warm)));
  const tally = { ok: 0, failed: 0 };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, () => loop(started + seconds * 1000, true, tally)));
  agent.destroy();
  return { perSecond: tally.ok / ((performance.now() - started) / 1000), failed: tally.failed };
}

/** The JS a route's HTML makes a browser fetch: the distinct /_next/static/….js it references (script tags and preloads), gzip bytes. */
async function firstLoadJs(origin: string, route: string, appDir: string): Promise<{ bytes: number; files: number }> {
  const html = await (await fetch(`${origin}${route}`)).text();
  // Script tags and script preloads; a noModule polyfill is skipped by every browser that runs modules.
  const tags = (html.match(/<(?:script|link)\b[^>]*>/g) ?? []).filter((tag) => !/\snoModule/i.test(tag));
  const files = new Set(tags.flatMap((tag) => [...tag.matchAll(/(?:src|href)="(\/_next\/static\/[^"?]+\.js)(?:\?[^"]*)?"/g)].map((m) => m[1]!)));
  let bytes = 0;
  for (const file of files) bytes += gzipSync(readFileSync(path.join(appDir, ".next", "static", file.slice("/_next/static/".length)))).length;
  return { bytes, files: files.size };
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

async function benchThroughServers(): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  delete env.DATABASE_URL; // a throwaway embedded database, never a real server's data
  delete env.NODE_OPTIONS;
  ensureBuilds(env);

  const dataDir = path.join(".data", `bench-${randomBytes(4).toString("hex")}`);
  const appPort = await freePort();
  const app = await serve(
    startServer("npx", ["next", "start", "-p", String(appPort), "-H", "127.0.0.1"], { ...env, NODE_ENV: "production", PGLITE_DIR: dataDir, AUTH_SECRET: randomBytes(33).toString("base64"), APP_URL: `http://127.0.0.1:${appPort}` }, appPort),
    appPort,
    () => {
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(`${dataDir}.lock`, { force: true });
    },
  );
  const servers: Server[] = [app];
  const scratch = mkdtempSync(path.join(tmpdir(), "keten-bench-"));
  try {
    const helloPort = await freePort();
    const hello = await serve(startServer(path.resolve("node_modules/.bin/next"), ["start", "-p", String(helloPort), "-H", "127.0.0.1"], { ...env, NODE_ENV: "production" }, helloPort, HELLO_DIR), helloPort);
    servers.push(hello);

    if (sections.has("http")) {
      // The bare server sends exactly the bytes next start sent for the article.
      const articleFile = path.join(scratch, "article.html");
      writeFileSync(articleFile, Buffer.from(await (await fetch(`${app.origin}${ARTICLE}`)).arrayBuffer()));
      const barePort = await freePort();
      const bareScript = `const fs=require("node:fs"),http=require("node:http");const body=fs.readFileSync(process.argv[1]);http.createServer((q,s)=>{s.writeHead(200,{"content-type":"text/html; charset=utf-8","content-length":body.length});s.end(body)}).listen(Number(process.env.PORT),"127.0.0.1")`;
      const bare = await serve(startServer(process.execPath, ["-e", bareScript, articleFile], env, barePort), barePort);
      servers.push(bare);

      const seconds = Number(process.env.BENCH_HTTP_SECONDS ?? 10);
      const concurrency = Number(process.env.BENCH_HTTP_CONCURRENCY ?? 10);
      const article = await loadTest(`${app.origin}${ARTICLE}`, seconds, concurrency);
      const helloRun = await loadTest(`${hello.origin}/`, seconds, concurrency);
      const bareRun = await loadTest(`${bare.origin}/`, seconds, concurrency);
      const size = statSync(articleFile).size;
      const failures = (run: { failed: number }) => (run.failed ? `, ${run.failed} failed` : "");
      const gzipped = gzipSync(readFileSync(articleFile)).length;
      rows.push({
        measurement: `article ${ARTICLE} under next start (${seconds} s, ${concurrency} connections)`,
        value: `${article.perSecond.toFixed(0)} requests/s (${kB(size)} HTML, ${kB(gzipped)} gzip${failures(article)})`,
      });
      rows.push({ measurement: "hello-world Next.js page under next start (same run)", value: `${helloRun.perSecond.toFixed(0)} requests/s${failures(helloRun)}` });
      rows.push({ measurement: "bare node:http sending the article's bytes (same run)", value: `${bareRun.perSecond.toFixed(0)} requests/s${failures(bareRun)}` });
      rows.push({
        measurement: "article ÷ hello-world Next.js · article ÷ bare node:http",
        value: `${(article.perSecond / helloRun.perSecond).toFixed(2)} · ${(article.perSecond / bareRun.perSecond).toFixed(2)}`,
      });
    }

    if (sections.has("js")) {
      const baseline = await firstLoadJs(hello.origin, "/", HELLO_DIR);
      rows.push({ measurement: "first-load JS, hello-world Next.js page (gzip)", value: `${kB(baseline.bytes)} in ${baseline.files} files` });
      for (const route of ROUTES) {
        const js = await firstLoadJs(app.origin, route, ".");
        rows.push({ measurement: `first-load JS ${route} (gzip) ÷ hello-world`, value: `${kB(js.bytes)} in ${js.files} files = ${(js.bytes / baseline.bytes).toFixed(2)}×` });
      }
    }
    await hello.stop();

    if (sections.has("lighthouse")) {
      const { findChromium, lighthouseCategories, lighthouseVersion, measureLighthouse, publicPages } = await import("./lib/lighthouse");
      if (!findChromium()) {
        rows.push({ measurement: "Lighthouse", value: "skipped: no Chromium (install Debian's chromium or set CHROMIUM_PATH)" });
      } else {
        const runs = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 1));
        const { rows: scores, notes } = await measureLighthouse(app.origin, publicPages, { runs });
        lighthouseNotes.push(...notes);
        for (const row of scores) {
          rows.push({
            measurement: `Lighthouse ${lighthouseVersion} ${row.page} (${lighthouseCategories.join(" · ")})`,
            value: row.scores ? `${row.scores.join(" · ")}${runs > 1 ? ` (median of ${runs})` : ""}` : "not measured",
          });
        }
      }
    }
  } finally {
    for (const server of servers.reverse()) await server.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * `npm audit --omit=dev`: the high and critical advisories against the production dependencies, or why the
 * registry could not say (some registries and mirrors do not serve the advisory endpoint).
 */
function auditProductionDependencies(): void {
  const result = spawnSync("npm", ["audit", "--omit=dev", "--json"], { encoding: "utf8" });
  let report: { metadata?: { vulnerabilities?: Record<string, number> }; message?: string; error?: { summary?: string } } = {};
  try {
    report = JSON.parse(result.stdout || "{}") as typeof report;
  } catch {
    // not JSON: reported below as unavailable
  }
  const counts = report.metadata?.vulnerabilities;
  const value = counts
    ? `${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low`
    : `not available here: ${report.message ?? report.error?.summary ?? "the registry gave no report"}`;
  rows.push({ measurement: "npm audit --omit=dev (production dependencies)", value });
}

let engine = "";
const lighthouseNotes: string[] = [];
const loadAtStart = loadavg();
if (sections.has("db")) {
  await withBenchDatabase(async () => {
    engine = databaseKind();
    const context = await setUpPractice();
    let existing = 0;
    for (const [label, size] of [["1k", 1_000], ["10k", 10_000], ["100k", 100_000]] as const) {
      await addAppointments(context, existing, size);
      existing = size;
      await measureFreeSlotSearch(label);
    }
    const concurrency = databaseKind() === "postgres" ? 8 : 1;
    const bookings = await measureBookingsPerSecond(200, concurrency);
    await measureRawInserts(context, 1000, concurrency, bookings);
  });
}
if (["http", "js", "lighthouse"].some((s) => sections.has(s))) await benchThroughServers();
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
