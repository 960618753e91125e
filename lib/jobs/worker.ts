import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { db, type Transaction } from "@/db";
import { claimJobs, failJob, finishJob, type ClaimedJob } from "./queue";

/**
 * Runs claimed jobs. A handler either works inside a transaction that also marks the job done (its
 * database effects happen exactly once: a crash rolls both back and the job runs again later), or works
 * outside one (e-mail over SMTP: at least once, the outbox lease keeps two instances apart).
 */
export type JobHandler =
  | { transactional: true; run: (tx: Transaction, job: ClaimedJob, now: Date) => Promise<void> }
  | { transactional: false; run: (job: ClaimedJob, now: Date) => Promise<void> };

export type JobHandlers = Record<string, JobHandler>;

class LeaseLost extends Error {
  constructor() {
    super("lease expired before the job finished; another instance runs it");
  }
}

export const WORKER_ID = `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;

export type RunResult = { done: number; retried: number; failed: number; latenciesMs: number[] };

async function runOne(handlers: JobHandlers, job: ClaimedJob, now: () => Date, result: RunResult): Promise<void> {
  const handler = handlers[job.kind];
  try {
    if (!handler) throw new Error(`geen verwerker voor taaksoort '${job.kind}'`);
    if (handler.transactional) {
      await db.transaction(async (tx) => {
        await handler.run(tx, job, now());
        if (!(await finishJob(tx, job, now()))) throw new LeaseLost();
      });
    } else {
      await handler.run(job, now());
      if (!(await finishJob(db, job, now()))) throw new LeaseLost();
    }
    result.done++;
    result.latenciesMs.push(Date.now() - job.dueAt.getTime());
  } catch (error) {
    if (error instanceof LeaseLost) return;
    const outcome = await failJob(job, error, now());
    if (outcome === "failed") {
      result.failed++;
      console.warn(`Keten: taak ${job.kind} (${job.id}) mislukt na ${job.attempts} pogingen: ${String(error)}`);
    } else result.retried++;
  }
}

/** Claims and runs due jobs in batches until none is due (or `maxBatches` ran). */
export async function runDueJobs(handlers: JobHandlers, options: { worker?: string; batch?: number; maxBatches?: number; now?: () => Date } = {}): Promise<RunResult> {
  const { worker = WORKER_ID, batch = 20, maxBatches = Infinity, now = () => new Date() } = options;
  const result: RunResult = { done: 0, retried: 0, failed: 0, latenciesMs: [] };
  for (let n = 0; n < maxBatches; n++) {
    const claimed = await claimJobs(worker, batch, now());
    for (const job of claimed) await runOne(handlers, job, now, result);
    if (claimed.length < batch) break;
  }
  return result;
}

const LOOP = Symbol.for("keten.jobLoop");
type Loop = { running: boolean; again: boolean; timer: NodeJS.Timeout | null; handlers: JobHandlers; pollMs: number };
type GlobalWithLoop = typeof globalThis & { [LOOP]?: Loop };

/**
 * The instance's worker loop: runs due jobs, then waits `pollMs`. Every instance runs one; the claim keeps
 * them from running a job twice. Timers are unref'd so they never keep a process alive.
 */
export function startJobWorker(handlers: JobHandlers, pollMs: number): void {
  const g = globalThis as GlobalWithLoop;
  if (g[LOOP]) return;
  g[LOOP] = { running: false, again: false, timer: null, handlers, pollMs };
  nudgeJobWorker();
}

/** Runs due jobs on this instance now (after a commit that queued one), instead of at the next poll. */
export function nudgeJobWorker(): void {
  const loop = (globalThis as GlobalWithLoop)[LOOP];
  if (!loop) return;
  if (loop.running) {
    loop.again = true;
    return;
  }
  if (loop.timer) clearTimeout(loop.timer);
  loop.running = true;
  runDueJobs(loop.handlers)
    .catch((error: unknown) => console.warn(`Keten: takenverwerking onderbroken (${error instanceof Error ? error.message : String(error)}).`))
    .finally(() => {
      loop.running = false;
      const delay = loop.again ? 0 : loop.pollMs;
      loop.again = false;
      loop.timer = setTimeout(nudgeJobWorker, delay);
      loop.timer.unref();
    });
}
