// `npm run db:restore <file>`: restores a backup into DATABASE_URL's database (which must be empty: create a
// fresh one) or into PGLITE_DIR (which must not exist yet or be empty).
import { restoreEmbedded, restoreServer } from "@/db/backup";
import { databaseEnvSchema, parseEnv } from "@/db/config";

const file = process.argv[2];
if (!file) {
  console.error("Usage: npm run db:restore -- <backup file>");
  process.exit(2);
}
const config = parseEnv(databaseEnvSchema, process.env);
try {
  if (config.DATABASE_URL) await restoreServer(config.DATABASE_URL, file);
  else await (await restoreEmbedded(file, config.PGLITE_DIR)).close();
  console.log(`Restored ${file} into ${config.DATABASE_URL ? "the PostgreSQL database" : config.PGLITE_DIR}.`);
} catch (error) {
  console.error(`Restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
