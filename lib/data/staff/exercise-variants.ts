import "server-only";
import { and, eq, inArray, isNull, ne } from "drizzle-orm";
import { db } from "@/db";
import { exercises } from "@/db/schema";
import { requireStaff, type SessionLike } from "@/lib/auth/actor";
import type { ExerciseVariantsInput } from "@/lib/validation/exercise-variants";
import { audit } from "../audit";
import { isUuid } from "../patient-scope";

/**
 * An exercise's easier (regression) and harder (progression) variant: other exercises of the library. The
 * patient's checklist offers the easier one "for today"; the therapist sets them in the library editor.
 */
export type ExerciseVariants = {
  regressionId: string | null;
  progressionId: string | null;
  /** The active exercises that can be chosen (all but this one). */
  options: { id: string; name: string }[];
};

export async function getExerciseVariants(session: SessionLike, exerciseId: string): Promise<ExerciseVariants | null> {
  await requireStaff(session);
  if (!isUuid(exerciseId)) return null;
  const [row] = await db.select({ regressionId: exercises.regressionId, progressionId: exercises.progressionId }).from(exercises).where(eq(exercises.id, exerciseId));
  if (!row) return null;
  const options = await db
    .select({ id: exercises.id, name: exercises.name })
    .from(exercises)
    .where(and(ne(exercises.id, exerciseId), isNull(exercises.retiredAt)))
    .orderBy(exercises.name);
  return { ...row, options };
}

export type VariantsChange = { ok: true } | { ok: false; reason: "not_found" } | { ok: false; reason: "unavailable"; field: "regressionId" | "progressionId" };

export async function setExerciseVariants(session: SessionLike, exerciseId: string, input: ExerciseVariantsInput): Promise<VariantsChange> {
  const actor = await requireStaff(session);
  if (!isUuid(exerciseId)) return { ok: false, reason: "not_found" };
  return db.transaction(async (tx) => {
    const [own] = await tx.select({ id: exercises.id }).from(exercises).where(eq(exercises.id, exerciseId)).for("update");
    if (!own) return { ok: false, reason: "not_found" } as const;
    const chosen = [input.regressionId, input.progressionId].filter((id): id is string => id !== null);
    const valid = chosen.filter(isUuid);
    const found = valid.length
      ? await tx.select({ id: exercises.id }).from(exercises).where(and(inArray(exercises.id, valid), isNull(exercises.retiredAt), ne(exercises.id, exerciseId)))
      : [];
    const available = new Set(found.map((row) => row.id));
    for (const field of ["regressionId", "progressionId"] as const) {
      const id = input[field];
      if (id !== null && !available.has(id)) return { ok: false, reason: "unavailable", field } as const;
    }
    await tx.update(exercises).set({ regressionId: input.regressionId, progressionId: input.progressionId }).where(eq(exercises.id, exerciseId));
    await audit(tx, actor, { action: "exercise.variants_set", recordType: "exercise", recordId: exerciseId, details: { ...input } });
    return { ok: true } as const;
  });
}
