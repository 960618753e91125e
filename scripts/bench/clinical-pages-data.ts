// Run by the bench's `clinical` section with PGLITE_DIR and AUTH_SECRET set: a fresh embedded database with
// the clinical fill (clinical-data.ts), the bench therapist given a password and a confirmed second factor
// (encrypted under the AUTH_SECRET the server will get). Prints the busiest patient's id on its last line.
import { eq } from "drizzle-orm";
import { closeDatabase, db } from "@/db";
import { migrateDatabase } from "@/db/migrate";
import { users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { encryptTotpSecret } from "@/lib/auth/totp";
import { CLINICAL_LOGIN, fillClinical } from "./clinical-data";

await migrateDatabase();
const { therapistUserId, patientId } = await fillClinical();
const now = new Date();
await db
  .update(users)
  .set({ passwordHash: await hashPassword(CLINICAL_LOGIN.password), activatedAt: now, totpSecret: encryptTotpSecret(CLINICAL_LOGIN.totpSecret), totpEnabledAt: now })
  .where(eq(users.id, therapistUserId));
await closeDatabase();
console.log(patientId);
