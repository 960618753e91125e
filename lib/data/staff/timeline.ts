import "server-only";
import { and, asc, desc, eq, inArray, isNotNull, lte, or } from "drizzle-orm";
import { db } from "@/db";
import { appointments, assessmentFindings, outcomeMeasures, assessmentRevisions, assessments, planPhases, planVersions, plans, services, therapists, visitNoteRevisions, visitNotes, type AppointmentStatus } from "@/db/schema";
import { requireStaff, type SessionLike } from "@/lib/auth/actor";
import { audit } from "../audit";
import { isUuid } from "../patient-scope";

/**
 * The patient record's one timeline (issue 17, point 2): visits with their notes, assessments, plan phases,
 * published plan versions and outcome measures, newest first. Staff only; reading it is audited (it shows the notes' first lines).
 */
export type TimelineItem =
  | { kind: "visit"; at: Date; id: string; serviceName: string; therapistName: string; status: AppointmentStatus; note: { revisions: number; summary: string } | null }
  | { kind: "assessment"; at: Date; id: string; conclusion: string; revisions: number; strength: { left: number; right: number } | null }
  | { kind: "phase"; at: Date; planTitle: string; position: number; title: string; event: "started" | "completed" }
  | { kind: "measure"; at: Date; id: string; label: string; value: string }
  | { kind: "plan_version"; at: Date; planTitle: string; version: number };

const TIMELINE_VISITS = 200;

function firstLine(text: string, max = 140): string {
  const line = text.split("\n").find((l) => l.trim()) ?? "";
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

export async function getPatientTimeline(session: SessionLike, patientId: string, now = new Date()): Promise<TimelineItem[] | null> {
  const actor = await requireStaff(session);
  if (!isUuid(patientId)) return null;
  return db.transaction(async (tx) => {
    const visits = await tx
      .select({ id: appointments.id, at: appointments.startsAt, status: appointments.status, serviceName: services.name, therapistName: therapists.displayName })
      .from(appointments)
      .innerJoin(services, eq(services.id, appointments.serviceId))
      .innerJoin(therapists, eq(therapists.id, appointments.therapistId))
      // Past visits, and any visit that already has a note (written the same day, before its start time passed).
      .where(
        and(
          eq(appointments.patientId, patientId),
          or(lte(appointments.startsAt, now), inArray(appointments.id, tx.select({ id: visitNotes.appointmentId }).from(visitNotes).where(eq(visitNotes.patientId, patientId)))),
        ),
      )
      .orderBy(desc(appointments.startsAt))
      .limit(TIMELINE_VISITS);
    const notes = visits.length
      ? await tx
          .select({ appointmentId: visitNotes.appointmentId, revision: visitNoteRevisions.revision, complaints: visitNoteRevisions.complaints, treatment: visitNoteRevisions.treatment })
          .from(visitNotes)
          .innerJoin(visitNoteRevisions, eq(visitNoteRevisions.noteId, visitNotes.id))
          .where(eq(visitNotes.patientId, patientId))
          .orderBy(asc(visitNoteRevisions.revision))
      : [];
    const latestNote = new Map<string, { revisions: number; summary: string }>();
    for (const n of notes) latestNote.set(n.appointmentId, { revisions: n.revision, summary: firstLine(n.complaints || n.treatment) });

    const revisionRows = await tx
      .select({ id: assessments.id, at: assessments.createdAt, revisionId: assessmentRevisions.id, revision: assessmentRevisions.revision, conclusion: assessmentRevisions.conclusion })
      .from(assessments)
      .innerJoin(assessmentRevisions, eq(assessmentRevisions.assessmentId, assessments.id))
      .where(eq(assessments.patientId, patientId))
      .orderBy(asc(assessmentRevisions.revision));
    const latestRevision = new Map<string, (typeof revisionRows)[number]>();
    for (const r of revisionRows) latestRevision.set(r.id, r);
    const strengthRows = latestRevision.size
      ? await tx
          .select({ revisionId: assessmentFindings.revisionId, measures: assessmentFindings.measures })
          .from(assessmentFindings)
          .where(and(inArray(assessmentFindings.revisionId, [...latestRevision.values()].map((r) => r.revisionId)), eq(assessmentFindings.link, "hamstring")))
      : [];
    const strength = new Map(strengthRows.map((s) => [s.revisionId, s.measures]));

    const phases = await tx
      .select({ planTitle: plans.title, position: planPhases.position, title: planPhases.title, startedAt: planPhases.startedAt, completedAt: planPhases.completedAt })
      .from(planPhases)
      .innerJoin(plans, eq(plans.id, planPhases.planId))
      .where(and(eq(plans.patientId, patientId), isNotNull(plans.publishedAt), isNotNull(planPhases.startedAt)));

    const versions = await tx
      .select({ at: planVersions.publishedAt, planTitle: plans.title, version: planVersions.version })
      .from(planVersions)
      .innerJoin(plans, eq(plans.id, planVersions.planId))
      .where(eq(plans.patientId, patientId));

    const measures = await tx
      .select({ id: outcomeMeasures.id, at: outcomeMeasures.createdAt, kind: outcomeMeasures.kind, value: outcomeMeasures.value, role: outcomeMeasures.recordedByRole })
      .from(outcomeMeasures)
      .where(eq(outcomeMeasures.patientId, patientId));

    await audit(tx, actor, { action: "visit_note.listed", patientId, recordType: "visit_note", details: { view: "timeline" } });

    const items: TimelineItem[] = [
      ...visits.map((v): TimelineItem => ({ kind: "visit", at: v.at, id: v.id, serviceName: v.serviceName, therapistName: v.therapistName, status: v.status, note: latestNote.get(v.id) ?? null })),
      ...[...latestRevision.values()].map((r): TimelineItem => {
        const m = strength.get(r.revisionId);
        return {
          kind: "assessment",
          at: r.at,
          id: r.id,
          conclusion: r.conclusion,
          revisions: r.revision,
          strength: m && typeof m.strengthLeft === "number" && typeof m.strengthRight === "number" ? { left: m.strengthLeft, right: m.strengthRight } : null,
        };
      }),
      ...measures.map(
        (m): TimelineItem => ({
          kind: "measure",
          at: m.at,
          id: m.id,
          label: m.kind === "psk" ? "PSK-gemiddelde" : "NPRS (pijn)",
          value: `${(m.kind === "psk" ? m.value / 10 : m.value).toLocaleString("nl-NL", { maximumFractionDigits: 1 })} van 10${m.role === "patient" ? ", ingevuld door de patiënt" : ""}`,
        }),
      ),
      ...versions.map((v): TimelineItem => ({ kind: "plan_version", ...v })),
      ...phases.flatMap((p): TimelineItem[] => [
        { kind: "phase", at: p.startedAt!, planTitle: p.planTitle, position: p.position, title: p.title, event: "started" },
        ...(p.completedAt ? [{ kind: "phase" as const, at: p.completedAt, planTitle: p.planTitle, position: p.position, title: p.title, event: "completed" as const }] : []),
      ]),
    ];
    return items.sort((a, b) => b.at.getTime() - a.at.getTime());
  });
}
