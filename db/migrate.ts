import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { databaseKind, databaseReady, db, migrationsFolder } from "./index";

/**
 * Applies pending migrations. The embedded database migrates itself when it opens; a PostgreSQL server
 * is migrated explicitly (`npm run db:migrate`, and before `next start` in CI), so that several app
 * instances never race to migrate one server.
 */
export async function migrateDatabase(): Promise<void> {
  await databaseReady();
  if (databaseKind() === "postgres") {
    await migratePostgres(db as unknown as PostgresJsDatabase, { migrationsFolder });
  }
}
