import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { assessmentFindings, assessmentRevisions } from "@/db/schema";
import { clinicalPatient } from "@/e2e/support/workspace";
import { ForbiddenError } from "@/lib/auth/actor";
import { db, withTestDatabase } from "@/tests/test-database";
import { getAssessment, listAssessments } from "./assessment-history";
import { amendAssessment, createAssessment, getAssessmentFormContext } from "./assessments";
import { assessmentContent, auditActions, seedClinical, staffSessions } from "@/tests/clinical-support";

withTestDatabase();

let s: Awaited<ReturnType<typeof staffSessions>>;
const patientId = clinicalPatient.patientId;

beforeAll(async () => {
  await seedClinical();
  s = await staffSessions();
});

describe("movement-chain assessments", () => {
  let assessmentId: string;

  it("records an assessment linked to the patient's appointment, with the symmetry derived", async () => {
    const context = await getAssessmentFormContext(s.sanne, patientId);
    expect(context?.patient.name).toBe(clinicalPatient.name);
    expect(context?.appointments.map((a) => a.id)).toEqual([clinicalPatient.appointmentId]);

    const created = await createAssessment(s.sanne, patientId, { appointmentId: clinicalPatient.appointmentId, content: assessmentContent() });
    expect(created.ok).toBe(true);
    assessmentId = (created as { assessmentId: string }).assessmentId;

    const view = await getAssessment(s.sanne, patientId, assessmentId);
    expect(view?.appointment?.id).toBe(clinicalPatient.appointmentId);
    expect(view?.revisions).toHaveLength(1);
    expect(view?.latest).toMatchObject({ revision: 1, authorName: "Sanne de Vries", hamstringSymmetry: { percent: 87, weakerSide: "left" }, changes: [] });
    expect(view?.latest.content.links.feet_ankles.measures).toEqual({ dorsiflexionLeft: 11, dorsiflexionRight: 12.5 });
  });

  it("refuses an appointment of someone else and an unknown patient", async () => {
    expect(await createAssessment(s.sanne, patientId, { appointmentId: "00000000-0000-4000-8000-000000000000", content: assessmentContent() })).toEqual({
      ok: false,
      reason: "appointment_not_found",
    });
    expect(await createAssessment(s.sanne, "not-a-uuid", { appointmentId: null, content: assessmentContent() })).toEqual({ ok: false, reason: "not_found" });
    expect(await getAssessment(s.sanne, patientId, "00000000-0000-4000-8000-000000000000")).toBeNull();
  });

  it("amends into a new revision with author, reason and the changes; the first revision stays as it was", async () => {
    const [firstBefore] = await db.select().from(assessmentRevisions).where(eq(assessmentRevisions.assessmentId, assessmentId));
    const changed = assessmentContent({
      gradeEstimate: 2,
      links: { ...assessmentContent().links, hamstring: { rating: "limited", findings: "Drukpijn links.", measures: { strengthLeft: 182, strengthRight: 200 } } },
    });
    const result = await amendAssessment(s.joris, patientId, assessmentId, { expectedRevision: 1, amendmentReason: "Kracht opnieuw gemeten.", content: changed });
    expect(result).toEqual({ ok: true, revision: 2 });

    const view = await getAssessment(s.sanne, patientId, assessmentId);
    expect(view?.revisions.map((r) => [r.revision, r.authorName, r.amendmentReason])).toEqual([
      [1, "Sanne de Vries", ""],
      [2, "Joris Bakker", "Kracht opnieuw gemeten."],
    ]);
    expect(view?.latest.changes).toEqual([
      { label: "Hamstring · Kracht hamstring links", before: "174 N", after: "182 N" },
      { label: "Hamstring · symmetrie", before: "87%", after: "91%" },
      { label: "Geschatte graad", before: "Graad 1 – overbelasting", after: "Graad 2 – gedeeltelijke scheur" },
    ]);
    expect(view?.revisions[0]?.content).toEqual(assessmentContent());
    const [firstAfter] = await db.select().from(assessmentRevisions).where(eq(assessmentRevisions.id, firstBefore!.id));
    expect(firstAfter).toEqual(firstBefore);
  });

  it("the database refuses changing or deleting a revision or its findings", async () => {
    await expect(db.update(assessmentRevisions).set({ conclusion: "overschreven" }).where(eq(assessmentRevisions.assessmentId, assessmentId))).rejects.toThrow();
    await expect(db.delete(assessmentFindings)).rejects.toThrow();
  });

  it("refuses an amendment that changes nothing", async () => {
    const view = await getAssessment(s.sanne, patientId, assessmentId);
    expect(await amendAssessment(s.sanne, patientId, assessmentId, { expectedRevision: 2, amendmentReason: "Niets", content: view!.latest.content })).toEqual({
      ok: false,
      reason: "unchanged",
    });
  });

  it("of two amendments of the same revision at once, one is written and the other told someone was first", async () => {
    const a = assessmentContent({ notes: "Versie van Sanne." });
    const b = assessmentContent({ notes: "Versie van Joris." });
    const results = await Promise.all([
      amendAssessment(s.sanne, patientId, assessmentId, { expectedRevision: 2, amendmentReason: "Notitie toegevoegd.", content: a }),
      amendAssessment(s.joris, patientId, assessmentId, { expectedRevision: 2, amendmentReason: "Notitie toegevoegd.", content: b }),
    ]);
    expect(results.filter((r) => r.ok)).toEqual([{ ok: true, revision: 3 }]);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: "conflict", latestRevision: 3 }]);
    const view = await getAssessment(s.sanne, patientId, assessmentId);
    expect(view?.revisions).toHaveLength(3);
  });

  it("lists the patient's assessments by their latest revision", async () => {
    const list = await listAssessments(s.sanne, patientId);
    expect(list).toHaveLength(1);
    expect(list?.[0]).toMatchObject({ id: assessmentId, revisions: 3 });
  });

  it("refuses the patient herself, for reading and writing", async () => {
    await expect(getAssessment(s.fenna, patientId, assessmentId)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getAssessmentFormContext(s.fenna, patientId)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createAssessment(s.fenna, patientId, { appointmentId: null, content: assessmentContent() })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(amendAssessment(s.fenna, patientId, assessmentId, { expectedRevision: 3, amendmentReason: "Ik wil dit anders.", content: assessmentContent() })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(getAssessment(undefined, patientId, assessmentId)).rejects.toThrow();
  });

  it("wrote an audit event for each staff read and write", async () => {
    const actions = await auditActions();
    expect(actions).toEqual(
      expect.arrayContaining(["assessment.form_viewed", "assessment.created", "assessment.viewed", "assessment.amended", "assessment.listed"]),
    );
    expect(actions.filter((a) => a === "assessment.amended")).toHaveLength(2);
  });
});
