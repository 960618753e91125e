import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// Only the framework boundary is replaced (see framework.ts); lib/data, lib/auth and the database are real.
vi.mock("@/auth", async () => (await import("@/tests/authorization/framework")).authModule);
vi.mock("next/headers", async () => (await import("@/tests/authorization/framework")).headersModule);
vi.mock("next/cache", async () => (await import("@/tests/authorization/framework")).cacheModule);
vi.mock("next/server", async (original) => ({ ...(await original<typeof import("next/server")>()), after: () => {} }));
vi.mock("next-auth", async () => (await import("@/tests/authorization/framework")).nextAuthModule);

const { withTestDatabase } = await import("@/tests/test-database");
withTestDatabase();

const { framework } = await import("./framework");
const { actionTable } = await import("./action-table");
const { discoverServerActionFiles, discoverServerActions } = await import("./discover");
const { describe: describeOutcome, isDenied, outcomeOf } = await import("./outcome");
const { buildWorld, roles, sessionOf } = await import("./world");
const { auditCount, auditRowsAfter, fingerprint } = await import("./database-state");
const { changeStaffRole } = await import("@/lib/data/staff/team");
const { sessionFor } = await import("@/tests/sessions");

type World = Awaited<ReturnType<typeof buildWorld>>;
type Role = (typeof roles)[number];
type AnyAction = (...args: unknown[]) => Promise<unknown>;

let world: World;
const actions = new Map<string, AnyAction>();
const results: Record<string, Partial<Record<Role, string>>> = {};
const discovered = discoverServerActions();

beforeAll(async () => {
  world = await buildWorld();
  for (const { file, absolute } of discoverServerActionFiles()) {
    const mod = (await import(/* @vite-ignore */ absolute)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) if (typeof value === "function") actions.set(`${file}#${name}`, value as AnyAction);
  }
}, 120_000);

afterAll(() => {
  // The matrix as it ran, for the record (npx vitest run … shows it).
  const rows = Object.entries(results).map(([key, cells]) => `${key.padEnd(96)} ${roles.map((role) => (cells[role] ?? "-").padEnd(6)).join(" ")}`);
  console.log(`\n${"action".padEnd(96)} ${roles.map((role) => role.slice(0, 6).padEnd(6)).join(" ")}\n${rows.join("\n")}`);
});

/**
 * Runs one cell: the session of the role, then the action as the entry builds it. The database's
 * fingerprint and the audit count are taken just before the action itself runs (after the entry has made
 * its fresh target rows).
 */
async function runCell(key: string, role: Role, session: Awaited<ReturnType<typeof sessionOf>>) {
  const spec = actionTable[key]!;
  const action = actions.get(key)!;
  let before: Record<string, string> = {};
  let auditBefore = 0;
  const measured: AnyAction = async (...args) => {
    before = await fingerprint();
    auditBefore = await auditCount();
    return action(...args);
  };
  framework.session = session;
  framework.cookies.clear();
  framework.cookieWrites = 0;
  const outcome = await outcomeOf(() => spec.run(measured, { world, role }));
  framework.session = null;
  return { outcome, before, auditBefore };
}

describe("server actions are found in the code", () => {
  it("finds the actions by parsing the files, and the modules export exactly those functions", () => {
    expect(discovered.length).toBeGreaterThan(40);
    for (const { file, otherExports } of discoverServerActionFiles()) {
      // A "use server" file may only export async functions (Next.js refuses anything else).
      expect(otherExports, file).toEqual([]);
    }
    const exported = [...actions.keys()].sort();
    expect(exported).toEqual([...discovered].sort());
  });

  it("lists no action in the table that the code no longer has", () => {
    expect(Object.keys(actionTable).filter((key) => !discovered.includes(key))).toEqual([]);
  });
});

describe("authorization matrix of the server actions (anonymous, patient A, patient B, therapist, other therapist, admin)", () => {
  for (const key of discovered) {
    it(key, async () => {
      const spec = actionTable[key];
      // A new action must be added to tests/authorization/action-table.ts with who may call it.
      expect(spec, `${key} is not in the authorization matrix`).toBeDefined();
      results[key] = {};
      for (const role of roles) {
        const { outcome, before, auditBefore } = await runCell(key, role, await sessionOf(world, role));
        const what = `${key} as ${role}: ${describeOutcome(outcome)}`;
        expect(outcome.kind, what).not.toBe("error");
        const denied = isDenied(outcome);
        results[key]![role] = denied ? "deny" : "allow";
        if (process.env.MATRIX_VERBOSE) console.log(what);
        expect(denied ? "deny" : "allow", what).toBe(spec!.expect[role]);
        if (denied) {
          expect(await fingerprint(), `${what}: the database changed`).toEqual(before);
          continue;
        }
        if (!spec!.allowedAnswersOnly) {
          expect(outcome.kind === "redirect" || outcome.kind === "void" || (outcome.kind === "state" && outcome.ok), `${what}: an allowed call succeeds`).toBe(true);
        }
        if (!spec!.auditPatient) continue;
        // Point 10: an allowed call on a patient's record leaves exactly one complete audit row about it.
        const rows = await auditRowsAfter(auditBefore);
        expect(rows.map((row) => row.action), `${what}: audit rows`).toHaveLength(1);
        const [row] = rows;
        const patientId = spec!.auditPatient({ world, role });
        if (patientId === "new") expect(row!.patientId, what).toMatch(/^[0-9a-f-]{36}$/);
        else expect(row!.patientId, what).toBe(patientId);
        expect(row!.actorRole, what).toBe(role === "anonymous" || key.includes("#bookingAction") || key.includes("ByLinkAction") ? "anonymous" : role === "patientA" || role === "patientB" ? "patient" : role === "admin" ? "admin" : "therapist");
        if (row!.actorRole !== "anonymous") expect(row!.actorUserId, what).toBe(world.userIds[role as Exclude<Role, "anonymous">]);
        expect(row!.action, what).toMatch(/\S/);
        expect(row!.recordType, what).toMatch(/\S/);
        expect(row!.recordId, what).toMatch(/\S/);
        expect(row!.occurredAt, what).toBeInstanceOf(Date);
      }
    });
  }
});

/** The actions only staff may use (and their role for the check). */
const staffActions = () =>
  Object.entries(actionTable).filter(([, spec]) => spec.expect.anonymous === "deny" && spec.expect.patientA === "deny" && spec.expect.admin === "allow");

describe("sessions that must not work", () => {
  it("a staff session that has not passed its second factor is denied on every staff action, and changes nothing", async () => {
    const checked: string[] = [];
    for (const [key] of staffActions()) {
      for (const role of ["therapist", "admin"] as const) {
        if (actionTable[key]!.expect[role] !== "allow") continue;
        const session = await sessionOf(world, role, { secondFactor: false });
        const { outcome, before } = await runCell(key, role, session);
        const what = `${key} as ${role} without the second factor: ${describeOutcome(outcome)}`;
        expect(outcome.kind === "redirect" && outcome.url.startsWith("/inloggen/tweestaps"), what).toBe(true);
        expect(await fingerprint(), `${what}: the database changed`).toEqual(before);
        checked.push(key);
      }
    }
    expect(new Set(checked).size).toBe(staffActions().length);
  });

  it("after an admin demotes an admin to therapist, the old session is denied everywhere at once", async () => {
    const admin = await sessionFor(world.userIds.admin);
    const joris = world.userIds.otherTherapist;
    const promoted = await changeStaffRole(admin, joris, "admin");
    expect(promoted.ok).toBe(true);
    const stale = await sessionFor(joris);
    expect(stale.user.role).toBe("admin");
    const demoted = await changeStaffRole(admin, joris, "therapist");
    expect(demoted.ok).toBe(true);
    for (const [key] of staffActions()) {
      const { outcome, before } = await runCell(key, "admin", stale);
      const what = `${key} with the stale admin session: ${describeOutcome(outcome)}`;
      expect(outcome.kind === "redirect" && outcome.url.startsWith("/inloggen"), what).toBe(true);
      expect(isDenied(outcome), what).toBe(true);
      expect(await fingerprint(), `${what}: the database changed`).toEqual(before);
    }
    // His fresh session works as a therapist again.
    const fresh = await sessionFor(joris);
    expect(fresh.user.role).toBe("therapist");
  });
});
