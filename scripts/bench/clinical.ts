// Section `clinical` (issue 17): the workspace's agenda week (all therapists) and a patient's record page on
// a database with 10k patients and 100k appointments (clinical-data.ts). Goal: p95 ≤ 100 ms.
// - Pages: through `next start` (the build reused when current; a throwaway embedded database with the same
//   fill, and with DATABASE_URL set the same again on a new database of that server): everyone's week, the
//   therapist's own week (their default view) and the record, logged in as a therapist through the login form
//   and the second factor, p50/p95 of the server time over BENCH_CLINICAL_REQUESTS (40) requests per page after
//   three to warm up, the app server's CPU per request (on PostgreSQL the database server's own CPU is not in
//   it; on PGlite it is) and the HTML size. This is what the issue asks: session lookup, data, audit rows and
//   rendering.
// - Functions: the data functions alone (listAgenda; getPatientRecord + getPatientTimeline) on a fresh bench
//   database of the engine under test (PGlite, or the DATABASE_URL server), p50/p95 over 30 runs: database time.
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import postgres from "postgres";
import { databaseKind } from "@/db";
import { listAgenda } from "@/lib/data/staff/agenda";
import { getPatientRecord } from "@/lib/data/staff/patients";
import { getPatientTimeline } from "@/lib/data/staff/timeline";
import { addDays, startOfIsoWeek, todayIn } from "@/lib/time/zone";
import { agendaHref, ALL_THERAPISTS } from "@/lib/validation/agenda";
import { sessionFor } from "@/tests/sessions";
import { CLINICAL_LOGIN, fillClinical } from "./clinical-data";
import { withBenchDatabase } from "./db";
import { loginThroughForms, percentile, servePrepared, timePages } from "./pages";
import { rows } from "./table";

const SIZE = "100k appts, 10k patients";

async function time(label: string, run: () => Promise<unknown>): Promise<void> {
  const timings: number[] = [];
  for (let i = -3; i < 30; i++) {
    const started = performance.now();
    await run();
    if (i >= 0) timings.push(performance.now() - started);
  }
  timings.sort((a, b) => a - b);
  rows.push({ measurement: label, value: `p50 ${percentile(timings, 50).toFixed(1)} ms, p95 ${percentile(timings, 95).toFixed(1)} ms` });
}

async function benchFunctions(): Promise<void> {
  await withBenchDatabase(async () => {
    const { therapistUserId, patientId } = await fillClinical();
    const session = await sessionFor(therapistUserId);
    const monday = startOfIsoWeek(todayIn(new Date()));
    const kind = databaseKind();
    await time(`function listAgenda, week, all 10 therapists (${kind}, ${SIZE})`, () => listAgenda(session, { fromDate: monday, toDate: addDays(monday, 6), therapist: "all" }));
    await time(`function listAgenda, week, own (${kind}, ${SIZE})`, () => listAgenda(session, { fromDate: monday, toDate: addDays(monday, 6) }));
    await time(`function patient record + timeline (${kind}, ${SIZE})`, async () => {
      await getPatientRecord(session, patientId);
      await getPatientTimeline(session, patientId);
    });
  });
}

async function benchPagesOn(engine: "pglite" | "postgres", databaseUrl?: string): Promise<void> {
  const { app, prepared: patientId } = await servePrepared("clinical", "scripts/bench/clinical-pages-data.ts", databaseUrl);
  try {
    if (!/^[0-9a-f-]{36}$/.test(patientId)) throw new Error("bench clinical: preparing the database gave no patient");
    const cookie = await loginThroughForms(app.origin, CLINICAL_LOGIN, "/praktijk");
    const monday = startOfIsoWeek(todayIn(new Date()));
    const requests = Number(process.env.BENCH_CLINICAL_REQUESTS ?? 40);
    await timePages(
      app.origin,
      cookie,
      [
        { label: `page agenda week, all therapists (next start, ${engine}, ${SIZE})`, url: agendaHref({ mode: "week", date: monday, therapist: ALL_THERAPISTS }) },
        { label: `page agenda week, own (therapist's default view, next start, ${engine}, ${SIZE})`, url: agendaHref({ mode: "week", date: monday }) },
        { label: `page patient record, busiest patient (next start, ${engine}, ${SIZE})`, url: `/praktijk/patienten/${patientId}` },
      ],
      requests,
    );
  } finally {
    await app.stop();
  }
}

/** The pages on PGlite (what the goal is about) and, with DATABASE_URL, on a new database of that server (production's set-up). */
async function benchPages(): Promise<void> {
  await benchPagesOn("pglite");
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) return;
  const name = `keten_bench_pages_${randomBytes(6).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  try {
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    await benchPagesOn("postgres", url.toString());
  } finally {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end();
  }
}

export async function benchClinical(): Promise<void> {
  await benchPages();
  await benchFunctions();
}
