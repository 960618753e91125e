// `npm run db:backup [file]`: a backup of DATABASE_URL's database (pg_dump) or of the embedded database
// (stop the app first: one process at a time may open it). Default file: backups/keten-<engine>-<time>.
import path from "node:path";
import { backupEmbedded, backupServer } from "@/db/backup";
import { databaseEnvSchema, parseEnv } from "@/db/config";

const config = parseEnv(databaseEnvSchema, process.env);
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const file = process.argv[2] ?? path.join("backups", `keten-${config.DATABASE_URL ? "postgres" : "embedded"}-${stamp}.${config.DATABASE_URL ? "dump" : "tar.gz"}`);

try {
  if (config.DATABASE_URL) await backupServer(config.DATABASE_URL, file);
  else await backupEmbedded(config.PGLITE_DIR, file);
  console.log(`Backup written to ${file}`);
} catch (error) {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
