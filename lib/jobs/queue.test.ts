import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { jobs } from "@/db/schema";
import { db, withTestDatabase } from "@/tests/test-database";
import { claimJobs, enqueueJob, finishJob, LEASE_SECONDS, retryDelaySeconds } from "./queue";
import { runDueJobs, type JobHandlers } from "./worker";

withTestDatabase();

describe("the job queue", () => {
  it("gives each due job to exactly one of several workers running at once", async () => {
    const runs: string[] = [];
    const handlers: JobHandlers = {
      "test.count": { transactional: true, run: async (_tx, job) => void runs.push(String(job.payload.n)) },
    };
    for (let n = 0; n < 120; n++) await enqueueJob(db, { kind: "test.count", payload: { n } });
    const results = await Promise.all(["a", "b", "c", "d"].map((worker) => runDueJobs(handlers, { worker, batch: 7 })));
    expect(results.reduce((sum, r) => sum + r.done, 0)).toBe(120);
    expect(runs).toHaveLength(120);
    expect(new Set(runs).size).toBe(120);
    const left = await db.select().from(jobs).where(eq(jobs.kind, "test.count"));
    expect(left.every((j) => j.status === "done" && j.attempts === 1)).toBe(true);
  });

  it("does not run a job before it is due", async () => {
    const later = new Date(Date.now() + 3600_000);
    await enqueueJob(db, { kind: "test.later", runAt: later });
    expect(await claimJobs("a", 10)).toEqual([]);
    const claimed = await claimJobs("a", 10, new Date(later.getTime() + 1));
    expect(claimed.map((j) => j.kind)).toEqual(["test.later"]);
    expect(await finishJob(db, claimed[0]!)).toBe(true);
  });

  it("runs the job of an instance that stopped half-way again once its lease ends, and only once", async () => {
    const id = await enqueueJob(db, { kind: "test.crash" });
    const t0 = new Date();
    const [stale] = await claimJobs("stopped-instance", 10, t0);
    expect(stale?.id).toBe(id);
    // Still leased: nobody else gets it.
    expect(await claimJobs("b", 10, new Date(t0.getTime() + 1000))).toEqual([]);
    const [again] = await claimJobs("b", 10, new Date(t0.getTime() + LEASE_SECONDS * 1000 + 1));
    expect(again?.id).toBe(id);
    // The stopped instance comes back and cannot finish what it no longer holds.
    expect(await finishJob(db, stale!)).toBe(false);
    expect(await finishJob(db, again!)).toBe(true);
  });

  it("retries a failing job with growing pauses and then shows it as failed, with the error", async () => {
    const id = (await enqueueJob(db, { kind: "test.broken", maxAttempts: 3 }))!;
    const handlers: JobHandlers = { "test.broken": { transactional: false, run: async () => Promise.reject(new Error("SMTP weigert")) } };
    let clock = new Date();
    const pauses: number[] = [];
    for (let attempt = 1; attempt <= 3; attempt++) {
      const result = await runDueJobs(handlers, { now: () => clock });
      const [row] = await db.select().from(jobs).where(eq(jobs.id, id));
      expect(row?.attempts).toBe(attempt);
      expect(row?.lastError).toBe("SMTP weigert");
      if (attempt < 3) {
        expect(result.retried).toBe(1);
        expect(row?.status).toBe("queued");
        pauses.push(row!.runAt.getTime() - clock.getTime());
        clock = new Date(row!.runAt.getTime() + 1);
      } else {
        expect(result.failed).toBe(1);
        expect(row?.status).toBe("failed");
      }
    }
    expect(pauses).toEqual([30_000, 60_000]);
    // A failed job stays put until the administrator asks for another try.
    expect((await runDueJobs(handlers, { now: () => new Date(clock.getTime() + 86_400_000) })).failed).toBe(0);
    expect([1, 2, 3, 20].map(retryDelaySeconds)).toEqual([30, 60, 120, 21_600]);
  });

  it("rolls back what a transactional job wrote when it fails, so its retry cannot write it twice", async () => {
    const id = (await enqueueJob(db, { kind: "test.half" }))!;
    let first = true;
    const handlers: JobHandlers = {
      "test.half": {
        transactional: true,
        run: async (tx, job) => {
          await enqueueJob(tx, { kind: "test.child", dedupeKey: `child:${job.id}:${first ? 1 : 2}` });
          if (first) {
            first = false;
            throw new Error("halverwege gestopt");
          }
        },
      },
    };
    const clock = new Date();
    await runDueJobs(handlers, { now: () => clock });
    await runDueJobs(handlers, { now: () => new Date(clock.getTime() + 3600_000) });
    const children = await db.select().from(jobs).where(eq(jobs.kind, "test.child"));
    expect(children.map((c) => c.dedupeKey)).toEqual([`child:${id}:2`]);
  });

  it("queues one job per key", async () => {
    expect(await enqueueJob(db, { kind: "test.once", dedupeKey: "once" })).toBeTruthy();
    expect(await enqueueJob(db, { kind: "test.once", dedupeKey: "once" })).toBeNull();
  });
});
