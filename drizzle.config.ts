import { defineConfig } from "drizzle-kit";

// Migrations are generated from db/schema (`npm run db:generate`), read, and committed. Constraints that
// Drizzle cannot express (the appointment exclusion constraint, append-only triggers) are custom migrations.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  dbCredentials: { url: process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres" },
  strict: true,
  verbose: true,
});
