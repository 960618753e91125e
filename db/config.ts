import { z } from "zod";

/**
 * The database part of the environment. It lives here, in the lowest layer, so that `db/` never imports
 * from `lib/`; `lib/env.ts` composes it with the rest of the application's variables.
 */

/** An unset variable and an empty one (`FOO=` in a .env file) mean the same: not configured. */
export function blankAsUnset<S extends z.ZodType>(schema: S) {
  return z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema);
}

export const databaseEnvSchema = z.object({
  DATABASE_URL: blankAsUnset(
    z
      .string()
      .regex(/^postgres(ql)?:\/\/\S+$/, "a PostgreSQL connection URL such as postgres://user@host:5432/keten")
      .optional(),
  ),
  DATABASE_POOL_SIZE: blankAsUnset(
    z.coerce
      .number({ error: "a whole number from 1 to 100" })
      .int("a whole number from 1 to 100")
      .min(1, "a whole number from 1 to 100")
      .max(100, "a whole number from 1 to 100")
      .default(10),
  ),
  PGLITE_DIR: blankAsUnset(z.string().default(".data/pglite")),
});

export type DatabaseEnv = z.infer<typeof databaseEnvSchema>;

/** One line per bad variable, naming it and what is expected: the message that stops start-up. */
export function formatEnvIssues(error: z.ZodError): string {
  const lines = error.issues.map((issue) => {
    const name = issue.path.join(".") || "(environment)";
    return `  - ${name}: expected ${issue.message}`;
  });
  return `Invalid environment configuration:\n${lines.join("\n")}\nSee .env.example for every variable and its meaning.`;
}

/** A configuration error: start-up stops with its message (see instrumentation.ts). */
export class EnvError extends Error {
  override name = "EnvError";
}

export function parseEnv<S extends z.ZodType>(schema: S, source: Record<string, string | undefined>): z.infer<S> {
  const result = schema.safeParse(source);
  if (!result.success) throw new EnvError(formatEnvIssues(result.error));
  return result.data;
}
