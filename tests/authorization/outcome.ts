import { AuthRequiredError, ForbiddenError } from "@/lib/auth/actor";

/**
 * What a server action call came to, as a user would notice it: a redirect (where to), the not-found
 * page, a returned form state, or an error (a 500 in the running app).
 */
export type Outcome =
  | { kind: "redirect"; url: string }
  | { kind: "notFound" }
  | { kind: "authError"; name: string }
  | { kind: "state"; ok: boolean; message?: string; value: unknown }
  | { kind: "void" }
  | { kind: "error"; error: unknown };

export async function outcomeOf(call: () => Promise<unknown>): Promise<Outcome> {
  try {
    const value = await call();
    if (value === undefined) return { kind: "void" };
    const state = value as { ok?: unknown; message?: unknown };
    return { kind: "state", ok: state.ok === true, message: typeof state.message === "string" ? state.message : undefined, value };
  } catch (error) {
    const digest = (error as { digest?: unknown } | null)?.digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT")) return { kind: "redirect", url: digest.split(";")[2] ?? "" };
    if (typeof digest === "string" && digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;404")) return { kind: "notFound" };
    if (error instanceof AuthRequiredError || error instanceof ForbiddenError) return { kind: "authError", name: error.name };
    return { kind: "error", error };
  }
}

/** A redirect that sends the caller away instead of acting: to the login page, the second factor, or home. */
export function isDenialRedirect(url: string): boolean {
  const parsed = new URL(url, "http://keten.test");
  if (parsed.pathname.startsWith("/inloggen/tweestaps")) return true;
  if (parsed.pathname === "/inloggen") {
    // After logging out or setting a password the login page is where the user is meant to land.
    return !parsed.searchParams.has("uitgelogd") && !parsed.searchParams.has("wachtwoord");
  }
  if (parsed.pathname === "/portaal" || parsed.pathname === "/praktijk") return parsed.search === "";
  // The plan pages answer a refused change with a notice on the page.
  const notice = parsed.searchParams.get("melding");
  return notice === "not_found" || notice === "onbekend";
}

/** The refusals an action answers with when the record is not the caller's or the role may not act. */
const DENIAL_MESSAGE =
  /bestaat niet|niet \(meer\) vinden|hoort niet (\(meer\) )?bij|niet onder jouw account|alleen een beheerder|alleen je eigen|Met dit account kun je geen/i;

export function isDenied(outcome: Outcome): boolean {
  switch (outcome.kind) {
    case "redirect":
      return isDenialRedirect(outcome.url);
    case "notFound":
    case "authError":
      return true;
    case "state":
      return !outcome.ok && outcome.message !== undefined && DENIAL_MESSAGE.test(outcome.message);
    default:
      return false;
  }
}

export function describe(outcome: Outcome): string {
  switch (outcome.kind) {
    case "redirect":
      return `redirect ${outcome.url}`;
    case "state":
      return `${outcome.ok ? "ok" : "not ok"}${outcome.message ? `: ${outcome.message.slice(0, 90)}` : ` ${JSON.stringify(outcome.value).slice(0, 160)}`}`;
    case "error":
      return `error ${outcome.error instanceof Error ? `${outcome.error.name}: ${outcome.error.message}` : String(outcome.error)}`;
    default:
      return outcome.kind;
  }
}
