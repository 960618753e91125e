// `npm run db:seed`: the practice's catalogue and the demo data. Idempotent: running it twice changes nothing.
// The demo staff's two-factor secrets are encrypted with AUTH_SECRET: the seed reads it from the same
// environment and .env files the app runs with, names which one it used, and on a real server refuses to
// run without one (the app would then not be able to read what the seed wrote; issue 12, point 7).
import { loadAppEnvironment, secretFingerprint } from "./lib/app-environment";

const { authSecretSource } = loadAppEnvironment();
const secret = process.env.AUTH_SECRET;
if (process.env.DATABASE_URL && !secret) {
  console.error(
    "AUTH_SECRET is not set. Seeding a PostgreSQL server needs the AUTH_SECRET the app runs with: the demo staff's two-factor secrets are encrypted with it.\n" +
      "Set it in the environment or in .env.production / .env (as for `npm start`), then run `npm run db:seed` again.",
  );
  process.exit(1);
}

const { closeDatabase, db, databaseKind } = await import("@/db");
const { migrateDatabase } = await import("@/db/migrate");
const { seedDatabase } = await import("@/db/seed");
const { seedDemoPractice } = await import("@/db/seed-demo");
const { hashPassword } = await import("@/lib/auth/password");
const { encryptTotpSecret } = await import("@/lib/auth/totp");
const { printDemoLogins } = await import("@/lib/demo-logins");

await migrateDatabase();
await seedDatabase(db, { hashPassword, encryptTotpSecret });
await seedDemoPractice(db);
console.log(`Seed applied (${databaseKind() === "postgres" ? "PostgreSQL server" : "embedded PGlite"}).`);
console.log(
  secret
    ? `Two-factor secrets encrypted with the AUTH_SECRET from ${authSecretSource} (fingerprint ${secretFingerprint(secret)}): start the app with this same AUTH_SECRET.`
    : "Two-factor secrets encrypted with the development-only secret (no AUTH_SECRET set): for `npm run dev` only.",
);
printDemoLogins();
await closeDatabase();
