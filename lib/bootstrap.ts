import { databaseKind, databaseReady, db, holdQueriesUntil, startupDatabase, type Database } from "@/db";
import { hasDemoAccounts, isEmpty, seedDatabase } from "@/db/seed";
import { seedDemoPractice } from "@/db/seed-demo";
import { withDemoPasswordHashes } from "@/db/seed-data/demo-password-hashes";
import { hashPassword } from "@/lib/auth/password";
import { encryptTotpSecret } from "@/lib/auth/totp";
import { scheduleRetentionPurge } from "@/lib/data/retention";
import { printDemoLogins } from "@/lib/demo-logins";
import { env } from "@/lib/env";
import { jobHandlers } from "@/lib/jobs/handlers";
import { startJobWorker } from "@/lib/jobs/worker";
import { staticPagesAddressWarning } from "@/lib/static-pages-address";

/**
 * Server start-up: checks the environment (a bad value stops start-up with a message naming the
 * variable), opens the database (the embedded one migrates itself, and is seeded when new) and prints
 * the demo logins of a seeded installation.
 *
 * Everything is imported statically: instrumentation.ts imports this module, and a bad environment value
 * stops that import (lib/env.ts parses on import). One import keeps the development server's compile of the
 * start-up code to one chunk group; each further dynamic import here repeated drizzle and zod in chunks of
 * its own (issue 12, point 21).
 *
 * `next start` waits for all of it before serving. `next dev` does not (`waitForDatabase: false`): it compiles
 * the first page while the embedded database starts, and the app's queries wait until that database is
 * migrated and seeded (`holdQueriesUntil`, set before this returns), so no page sees a half-made database.
 */
export async function startServer(options: { waitForDatabase: boolean }): Promise<void> {
  if (env.NODE_ENV === "production") {
    const warning = staticPagesAddressWarning(process.env.KETEN_BUILT_FOR_APP_URL, env.APP_URL);
    if (warning) console.warn(warning);
  }
  const started = startDatabaseAndJobs(env.PGLITE_DIR);
  if (options.waitForDatabase) await started;
  else started.catch((error: unknown) => console.error("Keten: de database kon niet starten.", error));
}

/** Opens the database (the embedded one: migrated, seeded when new), then starts the job worker. */
async function startDatabaseAndJobs(dataDir: string): Promise<void> {
  if (databaseKind() === "pglite") {
    // Held before the first await: a request handled meanwhile waits for the seed, not only the migrations.
    const prepared = prepareEmbedded(startupDatabase(), dataDir);
    holdQueriesUntil(prepared);
    await prepared;
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

/** Starts and migrates the embedded database and seeds it when it is new. */
async function prepareEmbedded(database: Database, dataDir: string): Promise<void> {
  await databaseReady();
  if (await isEmpty(database)) {
    // The demo passwords are public: their hashes are stored, not computed on a cold start.
    await seedDatabase(database, { hashPassword: withDemoPasswordHashes(hashPassword), encryptTotpSecret });
    await seedDemoPractice(database);
    console.log(`Keten: nieuwe ingebouwde database in ${dataDir} aangemaakt en gevuld met demodata.`);
  } else {
    console.log(`Keten: ingebouwde database in ${dataDir}.`);
  }
}

/**
 * Starts this instance's job worker (decision 017): reminders, e-mail delivery and retries, waitlist
 * offers and expiries are jobs in PostgreSQL, claimed by one instance each.
 */
async function startJobs(): Promise<void> {
  // The nightly retention purge (decision 024) queues its own next run; this makes sure the first one exists.
  await scheduleRetentionPurge(db).catch((error: unknown) => console.warn(`Keten: bewaartermijntaak niet ingepland (${String(error)}).`));
  startJobWorker(jobHandlers, env.JOB_POLL_MS);
}
