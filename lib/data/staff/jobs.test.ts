import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { jobs } from "@/db/schema";
import { ForbiddenError } from "@/lib/auth/actor";
import { enqueueJob } from "@/lib/jobs/queue";
import { runDueJobs } from "@/lib/jobs/worker";
import { seedPractice, sessionForEmail } from "@/tests/booking-support";
import { db, withTestDatabase } from "@/tests/test-database";
import { readJobOverview, retryFailedJob } from "./jobs";

/** The administrator sees a job that keeps failing, with its error, and can send it back to the queue. */
withTestDatabase();

let admin: Awaited<ReturnType<typeof sessionForEmail>>;
let sanne: Awaited<ReturnType<typeof sessionForEmail>>;
beforeAll(async () => {
  await seedPractice();
  admin = await sessionForEmail("admin@keten.test");
  sanne = await sessionForEmail("sanne@keten.test");
});

describe("jobs in the workspace", () => {
  it("shows a job that keeps failing to the admin, and a retry runs it again", async () => {
    const id = (await enqueueJob(db, { kind: "mail.deliver", payload: { emailId: "x" }, maxAttempts: 2 }))!;
    let broken = true;
    const handlers = {
      "mail.deliver": { transactional: false as const, run: async () => (broken ? Promise.reject(new Error("Verbinding met de mailserver geweigerd")) : undefined) },
    };
    let clock = new Date();
    await runDueJobs(handlers, { now: () => clock });
    let view = await readJobOverview(admin);
    expect(view.problems).toMatchObject([{ id, kindLabel: "E-mail versturen", status: "queued", attempts: 1, lastError: "Verbinding met de mailserver geweigerd" }]);
    clock = new Date(clock.getTime() + 3600_000);
    await runDueJobs(handlers, { now: () => clock });
    view = await readJobOverview(admin);
    expect(view.failed).toBe(1);
    expect(view.problems[0]).toMatchObject({ id, status: "failed", attempts: 2 });

    broken = false;
    expect(await retryFailedJob(admin, id)).toBe("queued");
    expect(await retryFailedJob(admin, id)).toBe("not_found");
    expect((await runDueJobs(handlers)).done).toBe(1);
    const [row] = await db.select().from(jobs).where(eq(jobs.id, id));
    expect(row?.status).toBe("done");
    expect((await readJobOverview(admin)).problems).toEqual([]);
  });

  it("is for admins only", async () => {
    await expect(readJobOverview(sanne)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(retryFailedJob(sanne, "00000000-0000-0000-0000-000000000000")).rejects.toBeInstanceOf(ForbiddenError);
  });
});
