// Used by .ci/run: `tsx scripts/ci-database.ts create|drop <admin-url> <name>`.
import postgres from "postgres";

const [action, adminUrl, name] = process.argv.slice(2);
if (!action || !adminUrl || !name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: ci-database.ts create|drop <admin-url> <name>");
  process.exit(2);
}
const sql = postgres(adminUrl, { max: 1, onnotice: () => {}, connect_timeout: 10 });
try {
  if (action === "create") await sql.unsafe(`create database "${name}"`);
  else if (action === "drop") await sql.unsafe(`drop database if exists "${name}" with (force)`);
  else if (action === "ping") await sql`select 1`;
  else throw new Error(`unknown action ${action}`);
} finally {
  await sql.end({ timeout: 5 });
}
