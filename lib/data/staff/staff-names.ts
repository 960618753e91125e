import "server-only";
import { sql } from "drizzle-orm";
import { therapists, users } from "@/db/schema";

/**
 * How a staff member is named in the clinical record: their therapist name, or their e-mail address for
 * an admin without a therapist profile. Use with `users` joined and `therapists` left-joined on the user.
 */
export const staffName = sql<string>`coalesce(${therapists.displayName}, ${users.email})`;
