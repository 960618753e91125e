import { z } from "zod";
import { DATABASE_URL_EXPECTED, DATABASE_URL_PATTERN, DEFAULT_PGLITE_DIR, EnvError, envErrorMessage, POOL_SIZE } from "./settings";

export { EnvError } from "./settings";

/**
 * The database part of the environment as a zod schema. It lives here, in the lowest layer, so that `db/` never
 * imports from `lib/`; `lib/env.ts` composes it with the rest of the application's variables. Its rules come
 * from db/settings.ts, which db/index.ts reads the same variables with, without zod.
 */

/** An unset variable and an empty one (`FOO=` in a .env file) mean the same: not configured. */
export function blankAsUnset<S extends z.ZodType>(schema: S) {
  return z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema);
}

export const databaseEnvSchema = z.object({
  DATABASE_URL: blankAsUnset(z.string().regex(DATABASE_URL_PATTERN, DATABASE_URL_EXPECTED).optional()),
  DATABASE_POOL_SIZE: blankAsUnset(
    z.coerce
      .number({ error: POOL_SIZE.expected })
      .int(POOL_SIZE.expected)
      .min(POOL_SIZE.min, POOL_SIZE.expected)
      .max(POOL_SIZE.max, POOL_SIZE.expected)
      .default(POOL_SIZE.default),
  ),
  PGLITE_DIR: blankAsUnset(z.string().default(DEFAULT_PGLITE_DIR)),
});

export type DatabaseEnv = z.infer<typeof databaseEnvSchema>;

/** One line per bad variable, naming it and what is expected: the message that stops start-up. */
export function formatEnvIssues(error: z.ZodError): string {
  const lines = error.issues.map((issue) => {
    const name = issue.path.join(".") || "(environment)";
    return `  - ${name}: expected ${issue.message}`;
  });
  return envErrorMessage(lines);
}

export function parseEnv<S extends z.ZodType>(schema: S, source: Record<string, string | undefined>): z.infer<S> {
  const result = schema.safeParse(source);
  if (!result.success) throw new EnvError(formatEnvIssues(result.error));
  return result.data;
}
