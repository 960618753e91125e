import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { jobs, outboxEmails, patients } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { seedPortalFixtures } from "@/e2e/fixtures/portal";
import { fixturePlanExerciseId, portalPatients } from "@/e2e/support/portal-accounts";
import { hashPassword } from "@/lib/auth/password";
import { jobHandlers } from "@/lib/jobs/handlers";
import { runDueJobs } from "@/lib/jobs/worker";
import { addDays, instantAt, todayIn } from "@/lib/time/zone";
import { sessionFor } from "@/tests/sessions";
import { db, withTestDatabase } from "@/tests/test-database";
import { saveSession } from "./session-log";

/**
 * The optional morning e-mail, through the job runner on the real database: planned when a session is saved
 * by a patient who opted in, sent at 08:00 the next morning with a link to the question, once; not when the
 * morning score is already in, and not after the patient turned it off.
 */
withTestDatabase();

const { anna, eva, bram } = portalPatients;
const today = todayIn(new Date());
const tomorrow = addDays(today, 1);
const eight = instantAt(tomorrow, "08:00");
const at = (instant: Date, minutes: number) => new Date(instant.getTime() + minutes * 60_000);
const runAt = (instant: Date) => runDueJobs(jobHandlers, { now: () => instant });
const questions = (email: string) => db.select().from(outboxEmails).where(and(eq(outboxEmails.toAddress, email), eq(outboxEmails.kind, "morning_question")));
const optIn = (patientId: string, on: boolean) => db.update(patients).set({ morningQuestionByEmail: on }).where(eq(patients.id, patientId));

async function logToday(who: { userId: string; phasePrefix: string }, phase = 2) {
  const session = await sessionFor(who.userId);
  const exercise = fixturePlanExerciseId(who.phasePrefix, phase, 1);
  const result = await saveSession(session, { logDate: today, painDuring: 3, note: "", morningPain: null, morningFor: null, exercises: [{ planExerciseId: exercise, status: "done", effort: null }] });
  expect(result.ok).toBe(true);
  return session;
}

beforeAll(async () => {
  await seedDatabase(db, { hashPassword });
  await seedPortalFixtures(db, { hashPassword });
});

describe("the morning question by e-mail", () => {
  it("is off by default: a saved session plans nothing", async () => {
    await logToday(anna);
    expect(await db.select().from(jobs).where(eq(jobs.kind, "morning.ask"))).toHaveLength(0);
  });

  it("opted in: one e-mail at 08:00 the next morning, with the link to the question, never twice", async () => {
    await optIn(anna.patientId, true);
    await logToday(anna);
    await logToday(anna); // saved again (a correction): still one job
    expect(await db.select().from(jobs).where(eq(jobs.kind, "morning.ask"))).toHaveLength(1);

    await runAt(at(eight, -1));
    expect(await questions(anna.email)).toHaveLength(0);
    await runAt(eight);
    await runAt(at(eight, 30));
    const sent = await questions(anna.email);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.subject).toBe("Hoe voelt het vanochtend?");
    expect(sent[0]!.textBody).toContain("/portaal#morningPain");
    expect(sent[0]!.textBody).not.toContain("3/10");
  });

  it("is not sent when the morning score is already in", async () => {
    await optIn(eva.patientId, true);
    const session = await logToday(eva);
    const answered = await saveSession(session, { logDate: tomorrow, painDuring: null, note: "", morningPain: 1, morningFor: today, exercises: [] }, at(eight, -45));
    expect(answered).toMatchObject({ ok: true, morning: true });
    await runAt(at(eight, 1));
    expect(await questions(eva.email)).toHaveLength(0);
  });

  it("is not sent after the patient turned it off", async () => {
    await optIn(bram.patientId, true);
    await logToday(bram, 1); // Bram is in his first phase
    await optIn(bram.patientId, false);
    await runAt(at(eight, 2));
    expect(await questions(bram.email)).toHaveLength(0);
    const [job] = await db.select({ status: jobs.status }).from(jobs).where(eq(jobs.dedupeKey, `morning:${bram.patientId}:${today}`));
    expect(job?.status).toBe("done");
  });
});
