import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// The framework boundary only, as in the authorization matrix (tests/authorization/framework.ts).
vi.mock("@/auth", async () => (await import("@/tests/authorization/framework")).authModule);
vi.mock("next/headers", async () => (await import("@/tests/authorization/framework")).headersModule);
vi.mock("next/cache", async () => (await import("@/tests/authorization/framework")).cacheModule);
vi.mock("next/server", async (original) => ({ ...(await original<typeof import("next/server")>()), after: () => {} }));
vi.mock("next-auth", async () => (await import("@/tests/authorization/framework")).nextAuthModule);

const { withTestDatabase } = await import("@/tests/test-database");
withTestDatabase();

const { framework } = await import("@/tests/authorization/framework");
const { actionTable } = await import("@/tests/authorization/action-table");
const { discoverServerActionFiles } = await import("@/tests/authorization/discover");
const { describe: describeOutcome, isDenialRedirect, outcomeOf } = await import("@/tests/authorization/outcome");
const { buildWorld, sessionOf } = await import("@/tests/authorization/world");
const { fingerprint } = await import("@/tests/authorization/database-state");

/**
 * Point 7: every server action that takes a form gets FUZZ_RUNS (default 5,000) generated invalid forms,
 * posted with the session of a role that may use it (so validation is exercised, not authorization):
 * wrong types (files), oversized text (up to 100,000 characters), unknown, `__proto__` and `constructor`
 * keys, several values for one key, impossible dates (2026-02-30), end before start, the DST edges of
 * Europe/Amsterdam (2026-03-29T02:30 does not exist, 2026-10-25T02:30 happens twice), negative and huge
 * numbers, NaN/Infinity, invalid uuids. Every payload spoils at least one field the form cannot do without,
 * so none can be valid by chance. Expected: nothing accepted (no ok state, no onward redirect, the
 * database's fingerprint unchanged over the whole batch) and nothing thrown except a redirect to the login.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 5000);

type World = Awaited<ReturnType<typeof buildWorld>>;
type AnyAction = (...args: unknown[]) => Promise<unknown>;

const HUGE = "x".repeat(100_000);
const HUGE_DIGITS = "9".repeat(100_000);
const edgeValues = [
  "",
  " ",
  "NaN",
  "Infinity",
  "-Infinity",
  "-1",
  "-0",
  "0",
  "1e309",
  "-99999999999999999999",
  "9007199254740993",
  "0x1F",
  "1.5",
  "2026-02-30",
  "2026-13-01",
  "2026-00-10",
  "0000-01-01",
  "9999-12-31",
  "2026-03-29",
  "2026-10-25",
  "2026-03-29T02:30",
  "2026-10-25T02:30",
  "2026-03-29T02:30:00+01:00",
  "2026-10-25T02:30:00.000Z",
  "2026-03-29T01:00:00.000Z",
  "Invalid Date",
  "02:30",
  "23:59",
  "00:00",
  "24:00",
  "25:61",
  "9:5",
  "17:00",
  "08:00",
  "00000000-0000-0000-0000-000000000000",
  "ffffffff-ffff-ffff-ffff-ffffffffffff",
  "a0000000-0000-4000-8000-00000000000Z",
  "not-a-uuid",
  "a0000000-0000-4000-8000-000000000002'; drop table users; --",
  "<script>alert(1)</script>",
  "\u0000",
  "\ud800",
  // Control characters (issue 12, point 2): PostgreSQL refuses NUL in text; the schemas clean them all.
  "a\u0000b",
  "\u0000".repeat(3),
  "Naam\u0000 Achternaam",
  "\u0001\u0007\u0008",
  "\u001b[2J",
  "\u007f",
  "\u0085\u009b",
  "\t\r\n",
  "\udfff\ud800",
  "null",
  "undefined",
  "true",
  "[]",
  "{}",
  '{"__proto__":{"isAdmin":true}}',
  "../../etc/passwd",
  "%00",
  "geen-voorkeur",
  "sanne-de-vries",
  "joris-bakker",
  "onbekend-slug",
  "1",
  "7",
  "8",
  "21",
  "999",
  "100000",
  "x".repeat(1_001),
  "y".repeat(10_001),
  HUGE,
  HUGE_DIGITS,
];

type FieldValue = string | Blob;
const scalar: fc.Arbitrary<FieldValue> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom<FieldValue>(...edgeValues) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.integer().map(String) },
  { weight: 1, arbitrary: fc.double().map(String) },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: false }).map((d) => (Number.isNaN(d.getTime()) ? "Invalid Date" : d.toISOString())) },
  { weight: 1, arbitrary: fc.uuid().map(String) },
  { weight: 1, arbitrary: fc.constant<FieldValue>(new Blob(["geen tekst maar een bestand"], { type: "application/octet-stream" })) },
);
const value: fc.Arbitrary<FieldValue[]> = fc.oneof({ weight: 5, arbitrary: scalar.map((v) => [v]) }, { weight: 1, arbitrary: fc.array(scalar, { minLength: 2, maxLength: 3 }) });
const strangeKey = fc.oneof(fc.constantFrom("__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "$ACTION_ID_0", "$ACTION_REF_1", "__proto__[isAdmin]"), fc.string({ maxLength: 12 }));

type Spoil = "absent" | "file" | "huge";

function payloadArbitrary(fuzz: NonNullable<(typeof actionTable)[string]["fuzz"]>) {
  const hinted = (field: string) => {
    const hints = fuzz.hints?.[field];
    return hints ? fc.oneof(value, fc.constantFrom(...hints).map((v) => [v] as FieldValue[])) : value;
  };
  const fields = fc.record(Object.fromEntries(fuzz.fields.map((field) => [field, fc.option(hinted(field), { nil: undefined })])) as Record<string, fc.Arbitrary<FieldValue[] | undefined>>);
  const spoilable = [...fuzz.required.map((field) => ({ field, required: true })), ...(fuzz.bounded ?? []).map((field) => ({ field, required: false }))];
  const spoil = fc
    .tuple(fc.constantFrom(...spoilable), fc.constantFrom<Spoil>("absent", "file", "huge"))
    .map(([{ field, required }, how]) => ({ field, how: required ? how : ("huge" as Spoil) }));
  return fc.record({ fields, extra: fc.array(fc.tuple(strangeKey, scalar), { maxLength: 4 }), spoil: fc.array(spoil, { minLength: 1, maxLength: 2 }) });
}

function toForm(payload: { fields: Record<string, FieldValue[] | undefined>; extra: [string, FieldValue][]; spoil: { field: string; how: Spoil }[] }): FormData {
  const data = new FormData();
  for (const [name, values] of Object.entries(payload.fields)) for (const v of values ?? []) data.append(name, v);
  for (const [name, v] of payload.extra) data.append(name, v);
  for (const { field, how } of payload.spoil) {
    data.delete(field);
    if (how === "file") data.append(field, new Blob(["bestand"]));
    if (how === "huge") data.append(field, HUGE);
  }
  return data;
}

let world: World;
const actions = new Map<string, AnyAction>();
const timings: string[] = [];

beforeAll(async () => {
  world = await buildWorld();
  for (const { file, absolute } of discoverServerActionFiles()) {
    const mod = (await import(/* @vite-ignore */ absolute)) as Record<string, unknown>;
    for (const [name, fn] of Object.entries(mod)) if (typeof fn === "function") actions.set(`${file}#${name}`, fn as AnyAction);
  }
}, 120_000);

afterAll(() => {
  console.log(`\nfuzz: ${RUNS} payloads per action\n${timings.join("\n")}`);
});

describe(`fuzzing every server action that takes a form (${RUNS} invalid payloads each)`, () => {
  for (const [key, spec] of Object.entries(actionTable)) {
    const fuzz = spec.fuzz;
    if (!fuzz) continue;
    it(key, async () => {
      const started = performance.now();
      const cell = { world, role: fuzz.role };
      const target = fuzz.prepare ? await fuzz.prepare(cell) : "";
      const action = actions.get(key)!;
      const fresh = fuzz.secondFactor === false || key.includes("tweestaps");
      let session = await sessionOf(world, fuzz.role, { secondFactor: fuzz.secondFactor });
      const before = await fingerprint();
      let calls = 0;
      await fc.assert(
        fc.asyncProperty(payloadArbitrary(fuzz), async (payload) => {
          // The two-factor actions end a session after a few wrong codes: give each payload its own.
          if (fresh && calls > 0) session = await sessionOf(world, fuzz.role, { secondFactor: fuzz.secondFactor });
          calls++;
          framework.session = session;
          framework.cookies.clear();
          const outcome = await outcomeOf(() => fuzz.call(action, toForm(payload), cell, target));
          const what = `${key}: ${describeOutcome(outcome)}`;
          if (outcome.kind === "error") throw new Error(`unhandled error — ${what}`, { cause: outcome.error });
          if (outcome.kind === "authError") throw new Error(`an auth error escaped the action (a 500) — ${what}`);
          if (outcome.kind === "state" && outcome.ok) throw new Error(`accepted — ${what}`);
          if (outcome.kind === "redirect" && !isDenialRedirect(outcome.url)) throw new Error(`accepted (redirected onward) — ${what}`);
          if (outcome.kind === "redirect" && isDenialRedirect(outcome.url) && !fresh) {
            throw new Error(`the allowed session was sent away — ${what}`);
          }
        }),
        { numRuns: RUNS },
      );
      framework.session = null;
      expect(await fingerprint(), `${key}: the database changed during the batch`).toEqual(before);
      timings.push(`${key.padEnd(96)} ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }, 1_800_000);
  }
});
