import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Executor, Transaction } from "@/db";
import { exerciseLogs, patients, users } from "@/db/schema";
import { enqueueJob, type ClaimedJob } from "@/lib/jobs/queue";
import { enqueueEmail } from "@/lib/mail/outbox";
import { morningQuestionEmail } from "@/lib/mail/morning-emails";
import { addDays, instantAt, todayIn } from "@/lib/time/zone";
import { appLinks } from "./appointment-mail";

/**
 * The optional morning e-mail "hoe voelt het vanochtend?" (issue 16, point 2) as a job (decision 017).
 * Planned in the transaction that saves a session with exercises done, for 08:00 on the practice's wall
 * clock the next morning, one job per patient and session day (the dedupe key: never twice, also when the
 * session is saved again). The job checks again when it runs: nothing when the patient turned the e-mail
 * off, when the morning score is already in, or when the session is no longer there or was all skipped.
 */
export const MORNING_QUESTION_TIME = "08:00";

export async function planMorningQuestion(tx: Executor, patientId: string, sessionDate: string, now: Date): Promise<void> {
  const [patient] = await tx.select({ optedIn: patients.morningQuestionByEmail }).from(patients).where(eq(patients.id, patientId));
  if (!patient?.optedIn) return;
  const runAt = instantAt(addDays(sessionDate, 1), MORNING_QUESTION_TIME);
  // A session logged after its next morning (yesterday's, logged this afternoon): the portal asks in person.
  if (runAt.getTime() <= now.getTime()) return;
  await enqueueJob(tx, { kind: "morning.ask", runAt, dedupeKey: `morning:${patientId}:${sessionDate}`, payload: { patientId, sessionDate } });
}

export type MorningOutcome = "emailed" | "skipped";

export async function sendMorningQuestion(tx: Transaction, job: Pick<ClaimedJob, "payload">, now: Date): Promise<MorningOutcome> {
  const { patientId, sessionDate } = job.payload as { patientId: string; sessionDate: string };
  const [row] = await tx
    .select({ optedIn: patients.morningQuestionByEmail, name: patients.fullName, email: users.email, deactivatedAt: users.deactivatedAt, done: exerciseLogs.done, painAfter: exerciseLogs.painAfter })
    .from(exerciseLogs)
    .innerJoin(patients, eq(patients.id, exerciseLogs.patientId))
    .innerJoin(users, eq(users.id, patients.userId))
    .where(and(eq(exerciseLogs.patientId, patientId), isNull(exerciseLogs.planExerciseId), eq(exerciseLogs.logDate, sessionDate)))
    .for("update", { of: exerciseLogs });
  if (!row || !row.optedIn || row.deactivatedAt || !row.done || row.painAfter !== null) return "skipped";
  // Late (the worker was down for a day): the question is about "vanochtend", so only on the next day itself.
  if (todayIn(now) !== addDays(sessionDate, 1)) return "skipped";
  const portal = appLinks.portal();
  await enqueueEmail(tx, morningQuestionEmail({ to: row.email, patientName: row.name, sessionDate }, { question: `${portal}#morningPain`, preferences: `${portal}/gegevens#herinneringen` }));
  return "emailed";
}
