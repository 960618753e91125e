import { eq, inArray } from "drizzle-orm";
import * as t from "@/db/schema";
import { db } from "@/tests/test-database";

/**
 * A complete clinical record whose every row carries the instant `at` (inserts may set their own time; the
 * append-only tables only refuse changes): an appointment with a note, an intake with its screening, an
 * assessment with a finding, a published plan (a version) with a phase and an exercise, a log, an outcome measure, an erasure request.
 */
export async function recordLastChangedAt(email: string, at: Date): Promise<{ patientId: string; userId: string }> {
  const [therapist] = await db.select({ id: t.therapists.id, userId: t.therapists.userId }).from(t.therapists).limit(1);
  const [service] = await db.select({ id: t.services.id }).from(t.services).limit(1);
  const [exercise] = await db.select({ id: t.exercises.id }).from(t.exercises).limit(1);
  const staff = therapist!.userId;
  const stamps = { createdAt: at, updatedAt: at };
  const [user] = await db.insert(t.users).values({ email, role: "patient", ...stamps }).returning({ id: t.users.id });
  const [patient] = await db
    .insert(t.patients)
    .values({ userId: user!.id, fullName: "Bewaar Termijn", dateOfBirth: "1960-02-03", phone: "0612345678", ...stamps })
    .returning({ id: t.patients.id });
  const patientId = patient!.id;
  const startsAt = new Date(at.getTime() - 2 * 3600_000);
  const [appointment] = await db
    .insert(t.appointments)
    .values({ therapistId: therapist!.id, patientId, serviceId: service!.id, startsAt, endsAt: new Date(startsAt.getTime() + 3600_000), status: "attended", ...stamps })
    .returning({ id: t.appointments.id });
  const [note] = await db.insert(t.visitNotes).values({ patientId, appointmentId: appointment!.id, createdBy: staff, createdAt: at }).returning({ id: t.visitNotes.id });
  await db.insert(t.visitNoteRevisions).values({ noteId: note!.id, revision: 1, authorId: staff, complaints: "Trekt in de hamstring.", createdAt: at });
  const [intake] = await db
    .insert(t.intakes)
    .values({
      patientId, appointmentId: appointment!.id, formVersion: 1, complaintLocation: "hamstring", complaintSide: "left", onset: "gradual",
      painNow: 3, painWorst: 6, triageOutcome: "book_analysis", answers: {}, consentAt: at, createdAt: at,
    })
    .returning({ id: t.intakes.id });
  await db.insert(t.intakeScreenings).values({
    patientId, intakeId: intake!.id, revision: 1, helpQuestion: "Weer hardlopen.", access: "direct", determinants: {}, nothingPresent: true,
    outcome: "pluis", confirmed: true, recordedBy: staff, createdAt: at,
  });
  await db.insert(t.patientIdentifiers).values({ patientId, bsnEncrypted: "x", bsnLastThree: "123", idDocument: "paspoort", idCheckedBy: staff, idCheckedAt: at, updatedAt: at });
  const [assessment] = await db.insert(t.assessments).values({ patientId, appointmentId: appointment!.id, createdBy: staff, createdAt: at }).returning({ id: t.assessments.id });
  const [revision] = await db.insert(t.assessmentRevisions).values({ assessmentId: assessment!.id, revision: 1, authorId: staff, createdAt: at }).returning({ id: t.assessmentRevisions.id });
  await db.insert(t.assessmentFindings).values({ revisionId: revision!.id, link: "hamstring", rating: "limited" });
  const [plan] = await db.insert(t.plans).values({ patientId, createdBy: staff, title: "Hamstringplan", startedOn: at.toISOString().slice(0, 10), ...stamps }).returning({ id: t.plans.id });
  await db.insert(t.planVersions).values({ planId: plan!.id, version: 1, content: { title: "Hamstringplan", phases: [] }, publishedBy: staff, publishedAt: at });
  const [phase] = await db.insert(t.planPhases).values({ planId: plan!.id, position: 1, title: "Fase 1", status: "current", startedAt: at, ...stamps }).returning({ id: t.planPhases.id });
  const [planExercise] = await db
    .insert(t.planExercises)
    .values({ phaseId: phase!.id, exerciseId: exercise!.id, position: 1, sets: 3, reps: 10, timesPerWeek: 3, ...stamps })
    .returning({ id: t.planExercises.id });
  await db.insert(t.exerciseLogs).values({ patientId, phaseId: phase!.id, planExerciseId: planExercise!.id, logDate: at.toISOString().slice(0, 10), done: true, painDuring: 2, ...stamps });
  await db.insert(t.outcomeMeasures).values({ patientId, phaseId: phase!.id, kind: "nprs", moment: "intake", value: 4, recordedBy: user!.id, recordedByRole: "patient", createdAt: at });
  await db.insert(t.erasureRequests).values({ patientId, message: "Graag alles weg.", createdAt: at });
  return { patientId, userId: user!.id };
}

/** How many rows of the record's clinical tables still belong to the patient. */
export async function clinicalRowCount(patientId: string): Promise<number> {
  const counts = await Promise.all([
    db.$count(t.appointments, eq(t.appointments.patientId, patientId)),
    db.$count(t.visitNotes, eq(t.visitNotes.patientId, patientId)),
    db.$count(t.intakes, eq(t.intakes.patientId, patientId)),
    db.$count(t.intakeScreenings, eq(t.intakeScreenings.patientId, patientId)),
    db.$count(t.assessments, eq(t.assessments.patientId, patientId)),
    db.$count(t.plans, eq(t.plans.patientId, patientId)),
    db.$count(t.exerciseLogs, eq(t.exerciseLogs.patientId, patientId)),
    db.$count(t.outcomeMeasures, eq(t.outcomeMeasures.patientId, patientId)),
    db.$count(t.patientIdentifiers, eq(t.patientIdentifiers.patientId, patientId)),
    db.$count(t.erasureRequests, eq(t.erasureRequests.patientId, patientId)),
    db.$count(t.planVersions, inArray(t.planVersions.planId, db.select({ id: t.plans.id }).from(t.plans).where(eq(t.plans.patientId, patientId)))),
  ]);
  return counts.reduce((a, b) => a + b, 0);
}
