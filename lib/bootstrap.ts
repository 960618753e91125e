import { databaseKind, databaseReady, db } from "@/db";
import { hasDemoAccounts, isEmpty, seedDatabase } from "@/db/seed";
import { seedDemoPractice } from "@/db/seed-demo";
import { hashPassword } from "@/lib/auth/password";
import { encryptTotpSecret } from "@/lib/auth/totp";
import { printDemoLogins } from "@/lib/demo-logins";
import { deliverPendingEmails } from "@/lib/mail/outbox";

/**
 * Server start-up: checks the environment (a bad value stops start-up with a message naming the
 * variable), opens the database (the embedded one migrates itself, and is seeded when new) and prints
 * the demo logins of a seeded installation.
 */
export async function startServer(): Promise<void> {
  try {
    const { env } = await import("@/lib/env");
    await databaseReady();
    if (databaseKind() === "pglite") {
      if (await isEmpty(db)) {
        await seedDatabase(db, { hashPassword, encryptTotpSecret });
        await seedDemoPractice(db);
        console.log(`Keten: nieuwe ingebouwde database in ${env.PGLITE_DIR} aangemaakt en gevuld met demodata.`);
      } else {
        console.log(`Keten: ingebouwde database in ${env.PGLITE_DIR}.`);
      }
    }
  } catch (error) {
    // Next.js would log a failed hook and keep serving 500s; a misconfigured server must not start at all.
    if (error instanceof Error && error.name === "EnvError") {
      console.error(`\n${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  startMailRetries();
  try {
    if (await hasDemoAccounts(db)) printDemoLogins();
  } catch (error) {
    // A PostgreSQL server that is briefly unreachable must not stop the app from starting; requests get a
    // clear "try again" until it is back.
    console.warn(`Keten: database niet bereikbaar bij het starten (${error instanceof Error ? error.message : String(error)}).`);
  }
}

/**
 * Retries e-mails whose delivery failed or was postponed, every minute, on every instance: the outbox leases
 * each message, so instances never send one twice. Only with SMTP configured; unref'd so it never keeps a
 * process alive.
 */
function startMailRetries(): void {
  if (!process.env.SMTP_URL) return;
  const timer = setInterval(() => {
    deliverPendingEmails().catch((error: unknown) => console.warn(`Keten: e-mail retry failed (${String(error)}).`));
  }, 60_000);
  timer.unref();
}
