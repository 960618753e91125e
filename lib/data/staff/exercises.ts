import "server-only";
import { and, asc, arrayContains, count, eq, isNotNull, isNull, like, or } from "drizzle-orm";
import { db } from "@/db";
import { isUniqueViolation } from "@/lib/data/db-errors";
import { exercises, planExercises } from "@/db/schema";
import { requireStaff, type SessionLike } from "@/lib/auth/actor";
import { slugify } from "@/lib/content/slug";
import type { ExercisePhase } from "@/lib/plans/phases";
import type { ExerciseInput } from "@/lib/validation/exercise";
import { audit } from "../audit";
import { isUuid } from "../patient-scope";

/**
 * The practice's exercise library, for staff. Therapists and admins both maintain it (it is the practice's
 * shared toolkit, not a patient's record); changes are audited without a patient. An exercise is never
 * deleted: it is retired, which takes it out of the plan builder while plans that use it keep it (the
 * database refuses deleting an exercise that a plan uses anyway).
 */
export type LibraryExercise = {
  id: string;
  slug: string;
  name: string;
  summary: string;
  defaultSets: number;
  defaultReps: number | null;
  defaultHoldSeconds: number | null;
  defaultTimesPerWeek: number;
  phaseTags: ExercisePhase[];
  retired: boolean;
  /** In how many plan phases it is prescribed now (removed prescriptions not counted). */
  inUse: number;
};

export async function listExercises(session: SessionLike, options: { phase?: ExercisePhase | null; status?: "active" | "retired" | "all" } = {}): Promise<LibraryExercise[]> {
  await requireStaff(session);
  const status = options.status ?? "all";
  const rows = await db
    .select({
      id: exercises.id,
      slug: exercises.slug,
      name: exercises.name,
      summary: exercises.summary,
      defaultSets: exercises.defaultSets,
      defaultReps: exercises.defaultReps,
      defaultHoldSeconds: exercises.defaultHoldSeconds,
      defaultTimesPerWeek: exercises.defaultTimesPerWeek,
      phaseTags: exercises.phaseTags,
      retiredAt: exercises.retiredAt,
      inUse: count(planExercises.id),
    })
    .from(exercises)
    .leftJoin(planExercises, and(eq(planExercises.exerciseId, exercises.id), isNull(planExercises.removedAt)))
    .where(
      and(
        options.phase ? arrayContains(exercises.phaseTags, [options.phase]) : undefined,
        status === "active" ? isNull(exercises.retiredAt) : status === "retired" ? isNotNull(exercises.retiredAt) : undefined,
      ),
    )
    .groupBy(exercises.id)
    .orderBy(asc(exercises.name));
  return rows.map(({ retiredAt, ...row }) => ({ ...row, retired: retiredAt !== null }));
}

/** The exercises the plan builder offers: active ones only, optionally those tagged for one phase. */
export async function listExerciseOptions(session: SessionLike, phase?: ExercisePhase | null): Promise<{ id: string; name: string; phaseTags: ExercisePhase[] }[]> {
  await requireStaff(session);
  return db
    .select({ id: exercises.id, name: exercises.name, phaseTags: exercises.phaseTags })
    .from(exercises)
    .where(and(isNull(exercises.retiredAt), phase ? arrayContains(exercises.phaseTags, [phase]) : undefined))
    .orderBy(asc(exercises.name));
}

export type ExerciseDetail = ExerciseInput & { id: string; slug: string; retired: boolean; inUse: number };

export async function getExercise(session: SessionLike, exerciseId: string): Promise<ExerciseDetail | null> {
  await requireStaff(session);
  if (!isUuid(exerciseId)) return null;
  const [row] = await db
    .select({
      id: exercises.id,
      slug: exercises.slug,
      name: exercises.name,
      summary: exercises.summary,
      instructions: exercises.instructions,
      cues: exercises.cues,
      defaultSets: exercises.defaultSets,
      defaultReps: exercises.defaultReps,
      defaultHoldSeconds: exercises.defaultHoldSeconds,
      defaultTimesPerWeek: exercises.defaultTimesPerWeek,
      phaseTags: exercises.phaseTags,
      retiredAt: exercises.retiredAt,
    })
    .from(exercises)
    .where(eq(exercises.id, exerciseId))
    .limit(1);
  if (!row) return null;
  const [usage] = await db
    .select({ n: count() })
    .from(planExercises)
    .where(and(eq(planExercises.exerciseId, row.id), isNull(planExercises.removedAt)));
  const { retiredAt, ...rest } = row;
  return { ...rest, retired: retiredAt !== null, inUse: usage?.n ?? 0 };
}

/** A free slug for a name: "bilbrug", then "bilbrug-2", "bilbrug-3"… */
async function freeSlug(name: string): Promise<string> {
  const base = slugify(name).slice(0, 80).replace(/-+$/, "") || "oefening";
  const taken = await db
    .select({ slug: exercises.slug })
    .from(exercises)
    .where(or(eq(exercises.slug, base), like(exercises.slug, `${base}-%`)));
  const used = new Set(taken.map((row) => row.slug));
  let slug = base;
  for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

export async function createExercise(session: SessionLike, input: ExerciseInput): Promise<{ ok: true; id: string; slug: string }> {
  const actor = await requireStaff(session);
  // Two creations of the same name at once: the unique slug refuses one, which then takes the next slug.
  for (let attempt = 0; ; attempt++) {
    const slug = await freeSlug(input.name);
    try {
      return await db.transaction(async (tx) => {
        const [row] = await tx.insert(exercises).values({ ...input, slug }).returning({ id: exercises.id });
        await audit(tx, actor, { action: "exercise.created", recordType: "exercise", recordId: row!.id, details: { slug, name: input.name } });
        return { ok: true as const, id: row!.id, slug };
      });
    } catch (error) {
      if (attempt < 3 && isUniqueViolation(error, "exercises_slug_unique")) continue;
      throw error;
    }
  }
}

/** Edits an exercise. Its slug stays (links and seed references keep working); plans show the new text at once. */
export async function updateExercise(session: SessionLike, exerciseId: string, input: ExerciseInput): Promise<{ ok: boolean }> {
  const actor = await requireStaff(session);
  if (!isUuid(exerciseId)) return { ok: false };
  return db.transaction(async (tx) => {
    const [row] = await tx.update(exercises).set(input).where(eq(exercises.id, exerciseId)).returning({ id: exercises.id });
    if (!row) return { ok: false };
    await audit(tx, actor, { action: "exercise.updated", recordType: "exercise", recordId: row.id, details: { name: input.name } });
    return { ok: true };
  });
}

/** Retires an exercise (not offered in the plan builder any more; existing plans keep it) or brings it back. */
export async function setExerciseRetired(session: SessionLike, exerciseId: string, retired: boolean, now = new Date()): Promise<{ ok: boolean }> {
  const actor = await requireStaff(session);
  if (!isUuid(exerciseId)) return { ok: false };
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(exercises)
      .set({ retiredAt: retired ? now : null })
      .where(eq(exercises.id, exerciseId))
      .returning({ id: exercises.id });
    if (!row) return { ok: false };
    await audit(tx, actor, { action: retired ? "exercise.retired" : "exercise.unretired", recordType: "exercise", recordId: row.id });
    return { ok: true };
  });
}
