// `npm run db:seed`: the practice's catalogue and the demo data. Idempotent: running it twice changes nothing.
import { closeDatabase, db } from "@/db";
import { migrateDatabase } from "@/db/migrate";
import { seedDatabase } from "@/db/seed";
import { seedDemoPractice } from "@/db/seed-demo";
import { hashPassword } from "@/lib/auth/password";
import { encryptTotpSecret } from "@/lib/auth/totp";
import { printDemoLogins } from "@/lib/demo-logins";

await migrateDatabase();
await seedDatabase(db, { hashPassword, encryptTotpSecret });
await seedDemoPractice(db);
console.log("Seed applied.");
printDemoLogins();
await closeDatabase();
