// Section `jobs`: the job queue (decision 017) on a fresh database of its own (PGlite in memory, or a new
// database on DATABASE_URL). Latency is from a job's due time to its completion, as the worker reports it.
//  1. 10,000 jobs queued for later, while 500 more come due over 10 s: two worker loops (as two instances)
//     polling every JOB_POLL_MS (2,000 ms) — the latency a reminder sees in normal running.
//  2. 10,000 jobs due at once (a backlog after downtime): drained by two workers; jobs/s and latency.
import { sql } from "drizzle-orm";
import { databaseKind, db } from "@/db";
import { jobs } from "@/db/schema";
import { runDueJobs, type JobHandlers } from "@/lib/jobs/worker";
import { withBenchDatabase } from "./db";
import { rows } from "./table";

const handlers: JobHandlers = { "bench.noop": { transactional: true, run: async () => {} } };
const POLL_MS = Number(process.env.JOB_POLL_MS ?? 2000);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

async function insertJobs(count: number, runAt: (i: number) => Date): Promise<void> {
  for (let start = 0; start < count; start += 1000) {
    const batch = Array.from({ length: Math.min(1000, count - start) }, (_, k) => ({ kind: "bench.noop", runAt: runAt(start + k) }));
    await db.insert(jobs).values(batch);
  }
}

/** Two worker loops like two instances: run due jobs, then wait the poll interval, until `until()` says stop. */
async function workers(until: () => Promise<boolean>, pollMs: number): Promise<number[]> {
  const latencies: number[] = [];
  const loop = async (name: string) => {
    while (!(await until())) {
      const result = await runDueJobs(handlers, { worker: name });
      latencies.push(...result.latenciesMs);
      if (result.done === 0) await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  };
  await Promise.all([loop("bench-a"), loop("bench-b")]);
  return latencies.sort((a, b) => a - b);
}

const openJobs = async () => (await db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(jobs).where(sql`${jobs.status} in ('queued', 'running') and ${jobs.runAt} <= now() + interval '1 minute'`))[0]!.n;

export async function benchJobs(): Promise<void> {
  await withBenchDatabase(async () => {
    const engine = databaseKind();
    const later = Date.now() + 7 * 86_400_000;
    await insertJobs(10_000, (i) => new Date(later + i * 1000));
    const start = Date.now() + 1000;
    await insertJobs(500, (i) => new Date(start + (i * 10_000) / 500));
    const steady = await workers(async () => Date.now() > start + 10_000 && (await openJobs()) === 0, POLL_MS);
    rows.push({
      measurement: `jobs (${engine}): due→done p50 / p95, 500 due over 10 s, 10,000 queued for later, 2 workers polling every ${POLL_MS} ms`,
      value: `${percentile(steady, 50)} / ${percentile(steady, 95)} ms`,
    });

    await db.delete(jobs);
    await insertJobs(10_000, () => new Date());
    const began = performance.now();
    const backlog = await workers(async () => (await openJobs()) === 0, 50);
    const seconds = (performance.now() - began) / 1000;
    rows.push({ measurement: `jobs (${engine}): 10,000 due at once, 2 workers — throughput`, value: `${Math.round(backlog.length / seconds)} jobs/s` });
    rows.push({ measurement: `jobs (${engine}): 10,000 due at once — due→done p50 / p95`, value: `${percentile(backlog, 50)} / ${percentile(backlog, 95)} ms` });
  });
}
