/**
 * PostgreSQL errors as both drivers report them. Drizzle wraps driver errors (the original is in `cause`);
 * postgres.js names the constraint `constraint_name`, PGlite `constraint`.
 */
type PgErrorFields = { code?: unknown; constraint?: unknown; constraint_name?: unknown; cause?: unknown };

function pgError(error: unknown): PgErrorFields | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth++) {
    const fields = current as PgErrorFields;
    if (typeof fields.code === "string" && /^[0-9A-Z]{5}$/.test(fields.code)) return fields;
    current = fields.cause;
  }
  return undefined;
}

export function pgErrorCode(error: unknown): string | undefined {
  return pgError(error)?.code as string | undefined;
}

export function pgConstraint(error: unknown): string | undefined {
  const fields = pgError(error);
  const name = fields?.constraint_name ?? fields?.constraint;
  return typeof name === "string" ? name : undefined;
}

/** SQLSTATE 23P01: an exclusion constraint refused the row (e.g. overlapping appointments). */
export function isExclusionViolation(error: unknown, constraint?: string): boolean {
  return pgErrorCode(error) === "23P01" && (!constraint || pgConstraint(error) === constraint);
}

/** SQLSTATE 23505: a unique constraint refused the row. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  return pgErrorCode(error) === "23505" && (!constraint || pgConstraint(error) === constraint);
}
