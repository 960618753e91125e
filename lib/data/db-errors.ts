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

/**
 * SQLSTATE classes and driver codes that mean "the database is not reachable right now" (a restart, a
 * fail-over, a network blip) rather than "this request is wrong": the caller may show a calm "try again".
 * 08xxx connection exceptions, 57P01–57P03 (admin/crash shutdown, cannot connect now), 53300 too many
 * connections; postgres.js's own CONNECTION_* / CONNECT_TIMEOUT codes and Node's socket errnos.
 */
const UNAVAILABLE_DRIVER_CODES = new Set([
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "CONNECT_TIMEOUT",
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
]);

export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current && typeof current === "object"; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") {
      if (/^08[0-9A-Z]{3}$/.test(code) || code === "57P01" || code === "57P02" || code === "57P03" || code === "53300") return true;
      if (UNAVAILABLE_DRIVER_CODES.has(code)) return true;
    }
    // AggregateError (a host with several addresses, all refusing) carries the socket errors in `errors`.
    const inner = (current as { errors?: unknown }).errors;
    if (Array.isArray(inner) && inner.some((e) => isDatabaseUnavailable(e))) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
