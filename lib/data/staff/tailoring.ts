import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import { db } from "@/db";
import { assessmentFindings, assessmentRevisions, assessments, exercises, planExercises, planPhases, plans } from "@/db/schema";
import type { ChainLink, LinkRating } from "@/lib/assessment/chain";
import { requireStaff, type SessionLike } from "@/lib/auth/actor";
import { linksNeedingWork, suggestExercises, type LibraryExercise } from "@/lib/plans/tailoring";
import { audit } from "../audit";
import { latestHamstringSymmetry } from "./assessment-history";
import { findPatient } from "./patient-ref";

/**
 * Suggestions for the plan builder (issue 17, point 5): from the latest assessment's weak links, ratings and
 * hamstring symmetry, the library's exercises that train those links and are not yet in the current phase.
 * Staff only; reading the assessment for it is audited.
 */
export type TailoringView = { links: ChainLink[]; groups: { link: ChainLink; exercises: LibraryExercise[] }[] } | null;

export async function getTailoring(session: SessionLike, patientId: string): Promise<TailoringView> {
  const actor = await requireStaff(session);
  return db.transaction(async (tx) => {
    const patient = await findPatient(tx, patientId);
    if (!patient) return null;
    const [latest] = await tx
      .select({ id: assessments.id, revisionId: assessmentRevisions.id, weakLinks: assessmentRevisions.weakLinks })
      .from(assessments)
      .innerJoin(assessmentRevisions, eq(assessmentRevisions.assessmentId, assessments.id))
      .where(eq(assessments.patientId, patient.id))
      .orderBy(desc(assessments.createdAt), desc(assessmentRevisions.revision))
      .limit(1);
    if (!latest) return { links: [], groups: [] };
    const findings = await tx.select({ link: assessmentFindings.link, rating: assessmentFindings.rating }).from(assessmentFindings).where(eq(assessmentFindings.revisionId, latest.revisionId));
    const symmetry = await latestHamstringSymmetry(tx, patient.id);
    const links = linksNeedingWork({
      weakLinks: latest.weakLinks,
      ratings: Object.fromEntries(findings.map((f) => [f.link, f.rating as LinkRating | null])),
      symmetryPercent: symmetry?.percent ?? null,
    });
    const library = await tx.select({ id: exercises.id, name: exercises.name, chainLinks: exercises.chainLinks }).from(exercises).where(isNull(exercises.retiredAt)).orderBy(exercises.name);
    const current = await tx
      .select({ exerciseId: planExercises.exerciseId })
      .from(planExercises)
      .innerJoin(planPhases, eq(planPhases.id, planExercises.phaseId))
      .innerJoin(plans, eq(plans.id, planPhases.planId))
      .where(and(eq(plans.patientId, patient.id), eq(plans.status, "active"), eq(planPhases.status, "current"), isNull(planExercises.removedAt)));
    await audit(tx, actor, { action: "assessment.viewed", patientId: patient.id, recordType: "assessment", recordId: latest.id, details: { view: "tailoring" } });
    return { links, groups: suggestExercises(links, library, new Set(current.map((c) => c.exerciseId))) };
  });
}
