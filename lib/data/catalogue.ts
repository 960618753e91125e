import { and, asc, eq, isNull } from "drizzle-orm";
import { db } from "@/db";
import { services, therapists, users } from "@/db/schema";

/**
 * The public catalogue: what the practice offers and who works there. Public by nature (shown to every
 * visitor), so these functions take no session; they return only what a public page shows.
 */

export type PublicService = { slug: string; name: string; description: string; minutes: number; priceCents: number | null };

export async function listActiveServices(): Promise<PublicService[]> {
  return db
    .select({ slug: services.slug, name: services.name, description: services.description, minutes: services.minutes, priceCents: services.priceCents })
    .from(services)
    .where(eq(services.active, true))
    .orderBy(asc(services.sortOrder), asc(services.name));
}

export type PublicTherapist = { slug: string; displayName: string; title: string; bio: string };

export async function listActiveTherapists(): Promise<PublicTherapist[]> {
  return db
    .select({ slug: therapists.slug, displayName: therapists.displayName, title: therapists.title, bio: therapists.bio })
    .from(therapists)
    .innerJoin(users, eq(users.id, therapists.userId))
    .where(and(eq(therapists.active, true), isNull(users.deactivatedAt)))
    .orderBy(asc(therapists.sortOrder), asc(therapists.displayName));
}
