import "server-only";
import { createHash } from "node:crypto";
import { and, eq, inArray, isNull } from "drizzle-orm";
import { db } from "@/db";
import { exerciseMedia, exercises, planExercises, planPhases, plans } from "@/db/schema";
import { requireActor, requireStaff, type SessionLike } from "@/lib/auth/actor";
import { isMediaType, mediaKind, MEDIA_EXTENSIONS, sniffMediaType, type MediaKind, type MediaType } from "@/lib/media/sniff";
import { MEDIA_MAX_BYTES } from "@/lib/security/limits";
import { cleanLine } from "@/lib/validation/text";
import { audit } from "./audit";
import { storeFor, uploadStore } from "./internal/media-store";
import { isUuid } from "./patient-scope";

/**
 * A therapist's own photo or short video per library exercise (issue 16, point 6; docs/decisions/022).
 * Staff upload, replace and remove it; it is served to staff, and to a patient only while their active plan
 * holds that exercise. The file's type is what its bytes are (magic numbers), within the type's size limit.
 */
export type MediaProblem = "no_file" | "type" | "mismatch" | "too_large" | "description" | "not_found";
export type ExerciseMediaView = { id: string; exerciseId: string; kind: MediaKind; contentType: MediaType; description: string; byteSize: number; src: string };
export type MediaFile = { contentType: MediaType; bytes: Uint8Array; sha256: string; fileName: string };

const summaryColumns = {
  id: exerciseMedia.id,
  exerciseId: exerciseMedia.exerciseId,
  contentType: exerciseMedia.contentType,
  description: exerciseMedia.description,
  byteSize: exerciseMedia.byteSize,
  sha256: exerciseMedia.sha256,
};

function view(row: { id: string; exerciseId: string; contentType: string; description: string; byteSize: number; sha256: string }): ExerciseMediaView | null {
  if (!isMediaType(row.contentType)) return null;
  // The hash in the address: a replaced photo is a new URL, so a browser's private copy is never stale.
  return { ...row, contentType: row.contentType, kind: mediaKind(row.contentType), src: `/oefenbeeld/${row.id}?v=${row.sha256.slice(0, 16)}` };
}

/** Checks an upload without storing anything: the Dutch form shows the problem next to the field. */
export function checkUpload(input: { bytes: Uint8Array; declaredType: string; description: string }): { ok: true; type: MediaType; description: string } | { ok: false; problem: MediaProblem } {
  const description = cleanLine(input.description).trim();
  if (input.bytes.length === 0) return { ok: false, problem: "no_file" };
  const type = sniffMediaType(input.bytes);
  if (!type) return { ok: false, problem: "type" };
  // A browser names the type from the file's extension; a file whose name says otherwise is not what it claims.
  if (input.declaredType && input.declaredType !== "application/octet-stream" && input.declaredType !== type) return { ok: false, problem: "mismatch" };
  if (input.bytes.length > MEDIA_MAX_BYTES[mediaKind(type)]) return { ok: false, problem: "too_large" };
  if (description.length === 0 || description.length > 300) return { ok: false, problem: "description" };
  return { ok: true, type, description };
}

/** Stores the exercise's photo or video, replacing the one it had. */
export async function saveExerciseMedia(session: SessionLike, exerciseId: string, input: { bytes: Uint8Array; declaredType: string; description: string }): Promise<{ ok: true } | { ok: false; problem: MediaProblem }> {
  const actor = await requireStaff(session);
  if (!isUuid(exerciseId)) return { ok: false, problem: "not_found" };
  const [exercise] = await db.select({ id: exercises.id }).from(exercises).where(eq(exercises.id, exerciseId));
  if (!exercise) return { ok: false, problem: "not_found" };
  const checked = checkUpload(input);
  if (!checked.ok) return checked;

  const store = uploadStore();
  const mediaId = crypto.randomUUID();
  const sha256 = createHash("sha256").update(input.bytes).digest("hex");
  // An object store is outside the transaction: write the object first, and take it away if the row is not written.
  if (store.kind === "s3") await store.put(db, mediaId, input.bytes, checked.type);
  let replaced: { id: string; storage: string } | undefined;
  try {
    replaced = await db.transaction(async (tx) => {
      const [old] = await tx.delete(exerciseMedia).where(eq(exerciseMedia.exerciseId, exerciseId)).returning({ id: exerciseMedia.id, storage: exerciseMedia.storage });
      await tx.insert(exerciseMedia).values({ id: mediaId, exerciseId, contentType: checked.type, byteSize: input.bytes.length, sha256, storage: store.kind, description: checked.description, uploadedBy: actor.userId });
      if (store.kind === "database") await store.put(tx, mediaId, input.bytes, checked.type);
      await audit(tx, actor, { action: "exercise.media_uploaded", recordType: "exercise", recordId: exerciseId, details: { type: checked.type, bytes: input.bytes.length, storage: store.kind } });
      return old;
    });
  } catch (error) {
    if (store.kind === "s3") await store.remove(db, mediaId).catch(() => {});
    throw error;
  }
  // A replaced object in S3 is removed after the commit (its row, and with it the database's bytes, went in it).
  if (replaced?.storage === "s3") await storeFor("s3")?.remove(db, replaced.id).catch((error) => console.error("media store: could not remove a replaced object", error));
  return { ok: true };
}

export async function removeExerciseMedia(session: SessionLike, exerciseId: string): Promise<{ ok: boolean }> {
  const actor = await requireStaff(session);
  if (!isUuid(exerciseId)) return { ok: false };
  const removed = await db.transaction(async (tx) => {
    const [old] = await tx.delete(exerciseMedia).where(eq(exerciseMedia.exerciseId, exerciseId)).returning({ id: exerciseMedia.id, storage: exerciseMedia.storage });
    if (old) await audit(tx, actor, { action: "exercise.media_removed", recordType: "exercise", recordId: exerciseId });
    return old;
  });
  if (removed?.storage === "s3") await storeFor("s3")?.remove(db, removed.id).catch((error) => console.error("media store: could not remove an object", error));
  return { ok: !!removed };
}

/** The exercise ids among these that the patient's active plan holds (in any phase, not taken out). */
async function inActivePlan(patientId: string, exerciseIds: string[]): Promise<Set<string>> {
  if (!exerciseIds.length) return new Set();
  const rows = await db
    .selectDistinct({ exerciseId: planExercises.exerciseId })
    .from(planExercises)
    .innerJoin(planPhases, eq(planPhases.id, planExercises.phaseId))
    .innerJoin(plans, eq(plans.id, planPhases.planId))
    .where(and(eq(plans.patientId, patientId), eq(plans.status, "active"), inArray(planExercises.exerciseId, exerciseIds), isNull(planExercises.removedAt)));
  return new Set(rows.map((row) => row.exerciseId));
}

/** The photo or video of each of these exercises that the reader may see: staff all, a patient those of their active plan. */
export async function mediaForExercises(session: SessionLike, exerciseIds: string[]): Promise<Map<string, ExerciseMediaView>> {
  const actor = await requireActor(session);
  let ids = [...new Set(exerciseIds.filter(isUuid))];
  if (actor.role === "patient") {
    if (!actor.patientId) return new Map();
    const allowed = await inActivePlan(actor.patientId, ids);
    ids = ids.filter((id) => allowed.has(id));
  }
  if (!ids.length) return new Map();
  const rows = await db.select(summaryColumns).from(exerciseMedia).where(inArray(exerciseMedia.exerciseId, ids));
  return new Map(rows.flatMap((row) => (view(row) ? [[row.exerciseId, view(row)!] as const] : [])));
}

/**
 * The photo or video of each prescribed exercise (by plan-exercise id) of the patient's own active plan:
 * what the portal's plan shows beside the drawing. Exercises of other plans, or taken out, get none.
 */
export async function mediaForPlanExercises(session: SessionLike, planExerciseIds: string[]): Promise<Map<string, ExerciseMediaView>> {
  const actor = await requireActor(session, ["patient"]);
  const ids = [...new Set(planExerciseIds.filter(isUuid))];
  if (!actor.patientId || !ids.length) return new Map();
  const rows = await db
    .select({ ...summaryColumns, planExerciseId: planExercises.id })
    .from(planExercises)
    .innerJoin(planPhases, eq(planPhases.id, planExercises.phaseId))
    .innerJoin(plans, eq(plans.id, planPhases.planId))
    .innerJoin(exerciseMedia, eq(exerciseMedia.exerciseId, planExercises.exerciseId))
    .where(and(inArray(planExercises.id, ids), eq(plans.patientId, actor.patientId), eq(plans.status, "active"), isNull(planExercises.removedAt)));
  return new Map(rows.flatMap(({ planExerciseId, ...row }) => (view(row) ? [[planExerciseId, view(row)!] as const] : [])));
}

/** The file itself, for the serving route; null for anyone who may not see it (the route answers 404). */
export async function readExerciseMediaFile(session: SessionLike, mediaId: string): Promise<MediaFile | null> {
  const actor = await requireActor(session).catch(() => null);
  if (!actor || !isUuid(mediaId)) return null;
  const [row] = await db
    .select({ ...summaryColumns, storage: exerciseMedia.storage, slug: exercises.slug })
    .from(exerciseMedia)
    .innerJoin(exercises, eq(exercises.id, exerciseMedia.exerciseId))
    .where(eq(exerciseMedia.id, mediaId));
  if (!row || !isMediaType(row.contentType)) return null;
  if (actor.role === "patient" && (!actor.patientId || !(await inActivePlan(actor.patientId, [row.exerciseId])).has(row.exerciseId))) return null;
  const bytes = await storeFor(row.storage)?.get(db, row.id);
  if (!bytes) return null;
  return { contentType: row.contentType, bytes, sha256: row.sha256, fileName: `${row.slug}.${MEDIA_EXTENSIONS[row.contentType]}` };
}
