// `npm run db:migrate`: applies pending migrations to DATABASE_URL (or to the embedded database).
import { closeDatabase, databaseKind } from "@/db";
import { migrateDatabase } from "@/db/migrate";

await migrateDatabase();
console.log(`Migrations applied (${databaseKind() === "postgres" ? "PostgreSQL server" : "embedded PGlite"}).`);
await closeDatabase();
