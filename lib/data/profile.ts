import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { patients, therapists } from "@/db/schema";
import { requireActor, type SessionLike } from "@/lib/auth/actor";

/** The logged-in user's own name for headers and greetings. Only ever their own. */
export async function getOwnDisplayName(session: SessionLike): Promise<{ name: string; role: "patient" | "therapist" | "admin" }> {
  const actor = await requireActor(session);
  if (actor.patientId) {
    const [row] = await db.select({ name: patients.fullName }).from(patients).where(eq(patients.id, actor.patientId));
    return { name: row?.name ?? actor.email, role: actor.role };
  }
  if (actor.therapistId) {
    const [row] = await db.select({ name: therapists.displayName }).from(therapists).where(eq(therapists.id, actor.therapistId));
    return { name: row?.name ?? actor.email, role: actor.role };
  }
  return { name: actor.email, role: actor.role };
}
