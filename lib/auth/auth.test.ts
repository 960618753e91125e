import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { users, userSessions } from "@/db/schema";
import { sessionFor } from "@/tests/sessions";
import { db, withTestDatabase } from "@/tests/test-database";
import { currentActor, requireActor, requirePatient, requireStaff } from "./actor";
import { authenticate } from "./login";
import { endCurrentSession } from "./logout";
import { hashPassword } from "./password";
import { LOGIN_THROTTLE, SESSION_LIMITS } from "./policy";
import { consumeUserToken, issueUserToken, peekUserToken } from "./tokens";
import { patients, therapists } from "@/db/schema";

withTestDatabase();

const password = "een-lang-genoeg-wachtwoord";
let patientUserId: string;
let staffUserId: string;

async function account(email: string, role: "patient" | "therapist", options: { activated?: boolean } = {}) {
  const activated = options.activated ?? true;
  const [row] = await db
    .insert(users)
    .values({ email, role, passwordHash: activated ? await hashPassword(password) : null, activatedAt: activated ? new Date() : null })
    .returning({ id: users.id });
  return row!.id;
}

beforeAll(async () => {
  patientUserId = await account("lotte@voorbeeld.test", "patient");
  await db.insert(patients).values({ userId: patientUserId, fullName: "Lotte", dateOfBirth: "1994-05-12" });
  staffUserId = await account("sanne@praktijk.test", "therapist");
  await db.insert(therapists).values({ userId: staffUserId, slug: "sanne", displayName: "Sanne", title: "Fysiotherapeut" });
  await account("nieuw@voorbeeld.test", "patient", { activated: false });
});

describe("authenticate", () => {
  it("accepts the right password, whatever the case of the e-mail", async () => {
    const result = await authenticate({ email: "  Lotte@Voorbeeld.TEST ", password, ip: "10.0.0.1" });
    expect(result).toMatchObject({ ok: true, user: { id: patientUserId, role: "patient", sessionVersion: 1 } });
  });

  it("gives one answer for a wrong password, an unknown e-mail and an account without a password yet", async () => {
    for (const email of ["lotte@voorbeeld.test", "onbekend@voorbeeld.test", "nieuw@voorbeeld.test"]) {
      expect(await authenticate({ email, password: email === "nieuw@voorbeeld.test" ? password : "fout", ip: "10.0.0.2" })).toEqual({
        ok: false,
        reason: "invalid",
      });
    }
  });

  it("refuses a deactivated account", async () => {
    const id = await account("weg@voorbeeld.test", "patient");
    await db.update(users).set({ deactivatedAt: new Date() }).where(eq(users.id, id));
    expect(await authenticate({ email: "weg@voorbeeld.test", password, ip: null })).toEqual({ ok: false, reason: "invalid" });
  });

  it(`refuses an account after ${LOGIN_THROTTLE.perAccount} failures in ${LOGIN_THROTTLE.windowMinutes} minutes, even with the right password, until the window passes`, async () => {
    await account("doelwit@voorbeeld.test", "patient");
    const start = new Date("2026-11-22T10:00:00Z");
    for (let i = 0; i < LOGIN_THROTTLE.perAccount; i++) {
      const at = new Date(start.getTime() + i * 60_000);
      expect(await authenticate({ email: "doelwit@voorbeeld.test", password: "fout", ip: `10.1.0.${i}`, now: at })).toMatchObject({ reason: "invalid" });
    }
    const soon = new Date(start.getTime() + 6 * 60_000);
    expect(await authenticate({ email: "doelwit@voorbeeld.test", password, ip: "10.1.1.1", now: soon })).toEqual({ ok: false, reason: "throttled" });
    // Once the earliest failures leave the window, the account can log in again.
    const later = new Date(start.getTime() + (LOGIN_THROTTLE.windowMinutes + 7) * 60_000);
    expect(await authenticate({ email: "doelwit@voorbeeld.test", password, ip: "10.1.1.1", now: later })).toMatchObject({ ok: true });
  });

  it("bounds failures from one client address across many accounts", async () => {
    const now = new Date("2026-11-23T10:00:00Z");
    for (let i = 0; i < LOGIN_THROTTLE.perIp; i++) {
      await authenticate({ email: `gok${i}@voorbeeld.test`, password: "fout", ip: "10.9.9.9", now });
    }
    expect(await authenticate({ email: "lotte@voorbeeld.test", password, ip: "10.9.9.9", now })).toEqual({ ok: false, reason: "throttled" });
    expect(await authenticate({ email: "lotte@voorbeeld.test", password, ip: "10.9.9.10", now })).toMatchObject({ ok: true });
  });
});

describe("session checks against the database", () => {
  it("turns a valid session into an actor with the patient or therapist behind it", async () => {
    expect(await requirePatient(await sessionFor(patientUserId))).toMatchObject({ userId: patientUserId, role: "patient" });
    const staff = await requireStaff(await sessionFor(staffUserId));
    expect(staff.therapistId).toBeTruthy();
  });

  it("refuses no session, a forged id, an unknown server-side session, and the wrong role", async () => {
    await expect(requireActor(null)).rejects.toThrow("Log in");
    const real = await sessionFor(staffUserId);
    await expect(requireActor({ user: { ...real.user, id: "not-a-uuid" } })).rejects.toThrow("Log in");
    await expect(requireActor({ user: { ...real.user, sessionId: "00000000-0000-4000-8000-000000000000" } })).rejects.toThrow("Log in");
    // Another user's session id with my user id: the session must belong to the user it claims.
    const other = await sessionFor(patientUserId);
    await expect(requireActor({ user: { ...real.user, sessionId: other.user.sessionId } })).rejects.toThrow("Log in");
    await expect(requireStaff(await sessionFor(patientUserId))).rejects.toThrow("may not");
  });

  it("stops a session at once after logout-everywhere, a role change or deactivation", async () => {
    const id = await account("wissel@voorbeeld.test", "therapist");
    await db.insert(therapists).values({ userId: id, slug: "wissel", displayName: "Wissel", title: "Fysiotherapeut" });
    const before = await sessionFor(id);
    expect(await currentActor(before)).not.toBeNull();

    await db.update(users).set({ sessionVersion: 2 }).where(eq(users.id, id));
    expect(await currentActor(before)).toBeNull();
    const after = await sessionFor(id);
    expect(await currentActor(after)).not.toBeNull();

    await db.update(users).set({ role: "admin" }).where(eq(users.id, id));
    expect(await currentActor(after)).toBeNull();

    await db.update(users).set({ role: "therapist", deactivatedAt: new Date() }).where(eq(users.id, id));
    expect(await currentActor(after)).toBeNull();
  });

  it("ends exactly the logged-out session: a copy of its cookie no longer works, other devices stay logged in", async () => {
    const laptop = await sessionFor(patientUserId);
    const phone = await sessionFor(patientUserId);
    await endCurrentSession(laptop);
    expect(await currentActor(laptop)).toBeNull();
    expect(await currentActor(phone)).not.toBeNull();
  });

  it(`ends a session after ${SESSION_LIMITS.idleMinutes} idle minutes, and keeps an active one alive`, async () => {
    const idle = await sessionFor(patientUserId, { lastSeenAt: new Date(Date.now() - (SESSION_LIMITS.idleMinutes * 60_000 + 1000)) });
    expect(await currentActor(idle)).toBeNull();

    const active = await sessionFor(patientUserId, { lastSeenAt: new Date(Date.now() - 5 * 60_000) });
    expect(await currentActor(active)).not.toBeNull();
    const [touched] = await db.select({ lastSeenAt: userSessions.lastSeenAt }).from(userSessions).where(eq(userSessions.id, active.user.sessionId));
    expect(Date.now() - touched!.lastSeenAt.getTime()).toBeLessThan(60_000);
  });

  it(`ends a session ${SESSION_LIMITS.absoluteHours} hours after login, however active`, async () => {
    const old = new Date(Date.now() - (SESSION_LIMITS.absoluteHours * 3_600_000 + 1000));
    expect(await currentActor(await sessionFor(patientUserId, { createdAt: old, lastSeenAt: new Date() }))).toBeNull();
  });
});

describe("one-time links", () => {
  it("work once, only for their purpose, and not after a newer link", async () => {
    const first = await issueUserToken(db, patientUserId, "password_reset");
    const second = await issueUserToken(db, patientUserId, "password_reset");
    expect(await peekUserToken(db, first, "password_reset")).toBeNull();
    expect(await peekUserToken(db, second, "activation")).toBeNull();
    expect(await peekUserToken(db, second, "password_reset")).toBe(patientUserId);
    expect(await consumeUserToken(db, second, "password_reset")).toBe(patientUserId);
    expect(await consumeUserToken(db, second, "password_reset")).toBeNull();
  });

  it("expire", async () => {
    const issued = new Date("2026-01-01T10:00:00Z");
    const token = await issueUserToken(db, patientUserId, "activation", issued);
    expect(await peekUserToken(db, token, "activation", new Date("2026-01-07T10:00:00Z"))).toBe(patientUserId);
    expect(await consumeUserToken(db, token, "activation", new Date("2026-01-08T10:00:01Z"))).toBeNull();
  });
});
