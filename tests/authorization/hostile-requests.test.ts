import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// The framework boundary only, as in the authorization matrix (tests/authorization/framework.ts).
vi.mock("@/auth", async () => (await import("@/tests/authorization/framework")).authModule);
vi.mock("next/headers", async () => (await import("@/tests/authorization/framework")).headersModule);
vi.mock("next/cache", async () => (await import("@/tests/authorization/framework")).cacheModule);
vi.mock("next/server", async (original) => ({ ...(await original<typeof import("next/server")>()), after: () => {} }));
vi.mock("next-auth", async () => (await import("@/tests/authorization/framework")).nextAuthModule);

const { withTestDatabase } = await import("@/tests/test-database");
withTestDatabase();

const { framework } = await import("./framework");
const { actionTable } = await import("./action-table");
const { discoverServerActionFiles } = await import("./discover");
const { describe: describeOutcome, isDenialRedirect, outcomeOf } = await import("./outcome");
const { buildWorld, roles, sessionOf } = await import("./world");
const { fingerprint } = await import("./database-state");
const { hostileRequests, ownRequests, postOf, APP_ORIGIN } = await import("./hostile");
const { guardRequest } = await import("@/lib/security/request-guard");

/**
 * Issue 12, points 1–3, for every server action in the authorization table, posted as a role that may use
 * it: each hostile request (no Origin, Origin null, a foreign or look-alike Origin, forged forwarded host
 * headers, 5 MB announced or streamed) goes through the request guard proxy.ts runs and never reaches the
 * action: a 403 or 413, the database unchanged. The same form from our own page passes the guard and runs.
 * Control characters (NUL and the rest of C0/C1) in every text field of the action's own valid form never
 * end in an error (PostgreSQL refuses NUL in text: a 500 before).
 */
type World = Awaited<ReturnType<typeof buildWorld>>;
type AnyAction = (...args: unknown[]) => Promise<unknown>;
type Role = (typeof roles)[number];

let world: World;
const actions = new Map<string, AnyAction>();
const pathOf = new Map<string, string>();

/** The page an actions file serves (its folder, without route groups; dynamic segments filled in). */
function pagePath(file: string): string {
  const parts = file.split("/").slice(0, -1).filter((part) => !/^\(.*\)$/.test(part));
  return `/${parts.map((part) => (part.startsWith("[") ? "00000000-0000-4000-8000-000000000000" : part)).join("/")}`;
}

beforeAll(async () => {
  world = await buildWorld();
  for (const { file, absolute } of discoverServerActionFiles()) {
    const mod = (await import(/* @vite-ignore */ absolute)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value !== "function") continue;
      actions.set(`${file}#${name}`, value as AnyAction);
      pathOf.set(`${file}#${name}`, pagePath(file));
    }
  }
}, 120_000);

afterAll(() => {
  framework.session = null;
});

const firstAllowed = (key: string): Role => roles.find((role) => actionTable[key]!.expect[role] === "allow")!;

/** Every FormData argument of a call, with `change` applied to each text value. */
function mapForms(args: unknown[], change: (key: string, value: string) => string): unknown[] {
  return args.map((arg) => {
    if (!(arg instanceof FormData)) return arg;
    const copy = new FormData();
    for (const [key, value] of arg.entries()) copy.append(key, typeof value === "string" && !key.startsWith("$ACTION") ? change(key, value) : value);
    return copy;
  });
}

describe("hostile requests never reach a server action (both engines: DATABASE_URL or PGlite)", () => {
  for (const key of Object.keys(actionTable)) {
    it(key, async () => {
      const role = firstAllowed(key);
      const action = actions.get(key)!;
      for (const variant of [...hostileRequests, ...ownRequests]) {
        framework.session = await sessionOf(world, role);
        framework.cookies.clear();
        const passwords = { ...world.passwords };
        let before: Record<string, string> = {};
        let reached = false;
        let status: number | null = null;
        const guarded: AnyAction = async (...args) => {
          before = await fingerprint();
          const form = (args.find((arg) => arg instanceof FormData) as FormData | undefined) ?? new FormData();
          const refusal = await guardRequest(postOf(pathOf.get(key)!, form, variant), { appOrigin: APP_ORIGIN });
          if (refusal) {
            status = refusal.status;
            return undefined;
          }
          reached = true;
          return action(...args);
        };
        const outcome = await outcomeOf(() => actionTable[key]!.run(guarded, { world, role }));
        const what = `${key} as ${role}, ${variant.name}: ${describeOutcome(outcome)}`;
        expect(outcome.kind, what).not.toBe("error");
        if ("status" in variant) {
          expect(status, what).toBe(variant.status);
          expect(reached, what).toBe(false);
          // The cell's own bookkeeping assumed the refused call went through.
          world.passwords = passwords;
          expect(await fingerprint(), `${what}: the database changed`).toEqual(before);
        } else {
          expect(reached, what).toBe(true);
        }
      }
    });
  }
});

/** The prose a person types (names, goals, notes, reasons): every value with a space and a letter, passwords aside. */
const isProse = (key: string, value: string) => /\s/.test(value) && /\p{L}/u.test(value) && !/password/i.test(key);

describe("control characters in the text fields of every form are cleaned, never a 500 (both engines)", () => {
  const characters = ["\u0000", "\u0001\u0008", "\u001b\u009b", "\u007f", "\u0085\u009f", "\ud800"];
  for (const key of Object.keys(actionTable)) {
    it(key, async () => {
      const role = firstAllowed(key);
      const action = actions.get(key)!;
      for (const character of characters) {
        framework.session = await sessionOf(world, role);
        framework.cookies.clear();
        let touched = false;
        const poison = (field: string, value: string) => {
          if (!isProse(field, value)) return value;
          touched = true;
          return `${value.slice(0, 3)}${character}${value.slice(3)}${character}`;
        };
        const poisoned: AnyAction = (...args) => action(...mapForms(args, poison));
        const outcome = await outcomeOf(() => actionTable[key]!.run(poisoned, { world, role }));
        const what = `${key} as ${role} with ${JSON.stringify(character)} in its text fields: ${describeOutcome(outcome)}`;
        expect(outcome.kind, what).not.toBe("error");
        // Cleaned, the form is the valid form it was: the call succeeds as without them.
        if (touched && !actionTable[key]!.allowedAnswersOnly) {
          expect(outcome.kind === "void" || (outcome.kind === "redirect" && !isDenialRedirect(outcome.url)) || (outcome.kind === "state" && outcome.ok), what).toBe(true);
        }
        // In every field at once (choices, ids, dates, tokens too): refused or cleaned, still never a 500.
        framework.session = await sessionOf(world, role);
        const passwords = { ...world.passwords };
        const everywhere: AnyAction = (...args) => action(...mapForms(args, (field, value) => (/password/i.test(field) ? value : `${value}${character}`)));
        const anyField = await outcomeOf(() => actionTable[key]!.run(everywhere, { world, role }));
        world.passwords = passwords;
        expect(anyField.kind, `${key} as ${role} with ${JSON.stringify(character)} in every field: ${describeOutcome(anyField)}`).not.toBe("error");
      }
    });
  }
});
