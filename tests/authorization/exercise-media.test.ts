import { and, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents, exerciseMediaBlobs, exercises, planExercises, users } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { demoAccounts } from "@/db/seed-data/demo";
import { seedPortalFixtures } from "@/e2e/fixtures/portal";
import { fixturePhaseId, portalPatients } from "@/e2e/support/portal-accounts";
import { AuthRequiredError, ForbiddenError } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { mediaForExercises, mediaForPlanExercises, readExerciseMediaFile, removeExerciseMedia, saveExerciseMedia } from "@/lib/data/exercise-media";
import { MEDIA_MAX_BYTES } from "@/lib/security/limits";
import { sessionFor } from "@/tests/sessions";
import { db, withTestDatabase } from "@/tests/test-database";

/**
 * Issue 16, point 6 (docs/decisions/022): a therapist's photo or video of a library exercise is stored in
 * PostgreSQL (no S3 configured here) and served to staff and to a patient whose active plan holds the
 * exercise. Another patient, a patient whose plan does not hold it, one whose exercise was taken out, and
 * anonymous visitors get nothing (the route answers 404); only staff upload; the bytes decide the type.
 */
withTestDatabase();

const { anna, bram } = portalPatients;
type Session = Awaited<ReturnType<typeof sessionFor>>;
let therapist: Session, admin: Session, A: Session, B: Session;
let inAnnasPlan: string; // an exercise only Anna's plan holds
let inNoPlan: string; // a library exercise nobody's plan holds
let annasPlanExercise: string;

const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");
const mp4Of = (size: number) => {
  const bytes = new Uint8Array(size);
  bytes.set([0, 0, 0, 0x18, ...Buffer.from("ftypisom")]);
  return bytes;
};

async function newExercise(slug: string) {
  const [row] = await db.insert(exercises).values({ slug, name: `Testoefening ${slug}`, instructions: "Doe het rustig.", defaultSets: 2, defaultReps: 8, defaultTimesPerWeek: 3 }).returning({ id: exercises.id });
  return row!.id;
}

beforeAll(async () => {
  await seedDatabase(db, { hashPassword });
  await seedPortalFixtures(db, { hashPassword });
  const userId = async (email: string) => (await db.select({ id: users.id }).from(users).where(eq(users.email, email)))[0]!.id;
  therapist = await sessionFor(await userId(demoAccounts.therapist.email));
  admin = await sessionFor(await userId(demoAccounts.admin.email));
  A = await sessionFor(anna.userId);
  B = await sessionFor(bram.userId);
  inAnnasPlan = await newExercise("alleen-bij-anna");
  inNoPlan = await newExercise("in-geen-plan");
  const [row] = await db.insert(planExercises).values({ phaseId: fixturePhaseId("a", 2), exerciseId: inAnnasPlan, position: 99, sets: 2, reps: 8, timesPerWeek: 3 }).returning({ id: planExercises.id });
  annasPlanExercise = row!.id;
});

async function upload(session: Session, exerciseId: string, bytes: Uint8Array, declaredType: string, description = "Startpositie op de knieën") {
  return saveExerciseMedia(session, exerciseId, { bytes, declaredType, description });
}

async function mediaIdOf(exerciseId: string) {
  return (await mediaForExercises(therapist, [exerciseId])).get(exerciseId)!.id;
}

describe("who may upload", () => {
  it("staff do; a patient is refused and an anonymous visitor must log in, and nothing is stored", async () => {
    await expect(upload(A, inAnnasPlan, PNG, "image/png")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(upload(null as unknown as Session, inAnnasPlan, PNG, "image/png")).rejects.toBeInstanceOf(AuthRequiredError);
    expect((await mediaForExercises(therapist, [inAnnasPlan])).size).toBe(0);
    expect(await upload(therapist, inAnnasPlan, PNG, "image/png")).toEqual({ ok: true });
    expect(await upload(admin, inNoPlan, PNG, "image/png")).toEqual({ ok: true });
    const [event] = await db.select({ n: count() }).from(auditEvents).where(and(eq(auditEvents.action, "exercise.media_uploaded"), eq(auditEvents.recordId, inAnnasPlan)));
    expect(event!.n).toBe(1);
  });
});

describe("who may see it", () => {
  it("staff and the patient whose active plan holds the exercise get the stored bytes", async () => {
    const id = await mediaIdOf(inAnnasPlan);
    for (const session of [therapist, admin, A]) {
      const file = await readExerciseMediaFile(session, id);
      expect(file?.contentType).toBe("image/png");
      expect(Buffer.from(file!.bytes).equals(PNG)).toBe(true);
      expect(file!.fileName).toBe("alleen-bij-anna.png");
    }
    expect((await mediaForPlanExercises(A, [annasPlanExercise])).get(annasPlanExercise)).toMatchObject({ kind: "image", description: "Startpositie op de knieën" });
  });

  it("another patient, a patient whose plan does not hold it, and anonymous visitors get nothing", async () => {
    const annas = await mediaIdOf(inAnnasPlan);
    const nobodys = await mediaIdOf(inNoPlan);
    expect(await readExerciseMediaFile(B, annas)).toBeNull();
    expect(await readExerciseMediaFile(A, nobodys)).toBeNull();
    expect(await readExerciseMediaFile(null, annas)).toBeNull();
    expect(await readExerciseMediaFile({ user: { id: anna.userId, role: "patient", sessionVersion: 0, sessionId: crypto.randomUUID() } }, annas)).toBeNull();
    expect(await readExerciseMediaFile(A, "niet-een-id")).toBeNull();
    // Through the lists as well: B asking with Anna's prescribed exercise, A asking for the library's.
    expect((await mediaForPlanExercises(B, [annasPlanExercise])).size).toBe(0);
    expect((await mediaForExercises(A, [inNoPlan, inAnnasPlan])).has(inNoPlan)).toBe(false);
    await expect(mediaForPlanExercises(therapist, [annasPlanExercise])).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("an exercise taken out of the plan is no longer served to the patient", async () => {
    const id = await mediaIdOf(inAnnasPlan);
    await db.update(planExercises).set({ removedAt: new Date() }).where(eq(planExercises.id, annasPlanExercise));
    try {
      expect(await readExerciseMediaFile(A, id)).toBeNull();
      expect(await readExerciseMediaFile(therapist, id)).not.toBeNull();
    } finally {
      await db.update(planExercises).set({ removedAt: null }).where(eq(planExercises.id, annasPlanExercise));
    }
  });
});

describe("what may be stored", () => {
  it("goes by the file's own bytes and its kind's size limit, and changes nothing when refused", async () => {
    const before = await mediaIdOf(inAnnasPlan);
    expect(await upload(therapist, inAnnasPlan, Buffer.from("<svg onload='alert(1)'/>"), "image/png")).toEqual({ ok: false, problem: "type" });
    expect(await upload(therapist, inAnnasPlan, Buffer.from("<html><script>1</script>"), "image/svg+xml")).toEqual({ ok: false, problem: "type" });
    expect(await upload(therapist, inAnnasPlan, PNG, "image/jpeg")).toEqual({ ok: false, problem: "mismatch" });
    expect(await upload(therapist, inAnnasPlan, new Uint8Array(), "image/png")).toEqual({ ok: false, problem: "no_file" });
    expect(await upload(therapist, inAnnasPlan, PNG, "image/png", "  ")).toEqual({ ok: false, problem: "description" });
    const bigPng = new Uint8Array(MEDIA_MAX_BYTES.image + 1);
    bigPng.set(PNG);
    expect(await upload(therapist, inAnnasPlan, bigPng, "image/png")).toEqual({ ok: false, problem: "too_large" });
    expect(await upload(therapist, inAnnasPlan, mp4Of(MEDIA_MAX_BYTES.video + 1), "video/mp4")).toEqual({ ok: false, problem: "too_large" });
    expect(await upload(therapist, "00000000-0000-4000-8000-000000000000", PNG, "image/png")).toEqual({ ok: false, problem: "not_found" });
    expect(await mediaIdOf(inAnnasPlan)).toBe(before);
  });

  it("a video, which may be larger than a photo, replaces the photo; removing it leaves no bytes behind", async () => {
    const video = mp4Of(6 * 1_048_576);
    expect(await upload(therapist, inAnnasPlan, video, "video/mp4", "Het filmpje: langzaam zakken")).toEqual({ ok: true });
    const view = (await mediaForExercises(therapist, [inAnnasPlan])).get(inAnnasPlan)!;
    expect(view).toMatchObject({ kind: "video", contentType: "video/mp4", byteSize: video.length });
    expect((await readExerciseMediaFile(A, view.id))!.bytes.length).toBe(video.length);
    const blobs = async () => (await db.select({ n: count() }).from(exerciseMediaBlobs))[0]!.n;
    expect(await blobs()).toBe(2);
    expect(await removeExerciseMedia(A, inAnnasPlan).catch((e: unknown) => e)).toBeInstanceOf(ForbiddenError);
    expect(await removeExerciseMedia(therapist, inAnnasPlan)).toEqual({ ok: true });
    expect(await blobs()).toBe(1);
    expect(await readExerciseMediaFile(A, view.id)).toBeNull();
  });
});
