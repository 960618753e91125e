import { databaseKind, databaseReady, db } from "@/db";
import { hasDemoAccounts, isEmpty, seedDatabase } from "@/db/seed";
import { seedDemoPractice } from "@/db/seed-demo";
import { withDemoPasswordHashes } from "@/db/seed-data/demo-password-hashes";
import { hashPassword } from "@/lib/auth/password";
import { encryptTotpSecret } from "@/lib/auth/totp";
import { printDemoLogins } from "@/lib/demo-logins";

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
        // The demo passwords are public: their hashes are stored, not computed on a cold start.
        await seedDatabase(db, { hashPassword: withDemoPasswordHashes(hashPassword), encryptTotpSecret });
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
  await startJobs();
  try {
    if (await hasDemoAccounts(db)) printDemoLogins();
  } catch (error) {
    // A PostgreSQL server that is briefly unreachable must not stop the app from starting; requests get a
    // clear "try again" until it is back.
    console.warn(`Keten: database niet bereikbaar bij het starten (${error instanceof Error ? error.message : String(error)}).`);
  }
}

/**
 * Starts this instance's job worker (decision 017): reminders, e-mail delivery and retries, waitlist
 * offers and expiries are jobs in PostgreSQL, claimed by one instance each.
 */
async function startJobs(): Promise<void> {
  const [{ env }, { jobHandlers }, { startJobWorker }, { scheduleRetentionPurge }] = await Promise.all([
    import("@/lib/env"),
    import("@/lib/jobs/handlers"),
    import("@/lib/jobs/worker"),
    import("@/lib/data/retention"),
  ]);
  // The nightly retention purge (decision 024) queues its own next run; this makes sure the first one exists.
  await scheduleRetentionPurge(db).catch((error: unknown) => console.warn(`Keten: bewaartermijntaak niet ingepland (${String(error)}).`));
  startJobWorker(jobHandlers, env.JOB_POLL_MS);
}
