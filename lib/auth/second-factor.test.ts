import { and, eq } from "drizzle-orm";
import { generate } from "otplib";
import { createCipheriv, hkdfSync, randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { auditEvents, recoveryCodes, userSessions, users } from "@/db/schema";
import { requireStaff, SecondFactorRequiredError } from "@/lib/auth/actor";
import { sessionFor } from "@/tests/sessions";
import { db, withTestDatabase } from "@/tests/test-database";
import { SECOND_FACTOR_LIMITS } from "./policy";
import { beginEnrolment, confirmEnrolment, verifySecondFactor } from "./second-factor";
import { decryptTotpSecret, encryptTotpSecret, normaliseRecoveryCode } from "./totp";

withTestDatabase();

const T0 = new Date("2026-11-23T09:00:10Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const codeAt = (secret: string, when: Date) => generate({ secret, epoch: Math.floor(when.getTime() / 1000) });

async function staffUser(email: string): Promise<string> {
  const [user] = await db.insert(users).values({ email, role: "therapist", passwordHash: "x", activatedAt: new Date() }).returning({ id: users.id });
  return user!.id;
}

async function freshSession(userId: string) {
  return sessionFor(userId, { secondFactor: false });
}

describe("two-factor login for staff", () => {
  let userId: string;
  let secret: string;
  let codes: string[];

  beforeAll(async () => {
    userId = await staffUser("tweestaps@keten.test");
  });

  it("keeps a staff session without its second factor out of the workspace's data", async () => {
    const session = await freshSession(userId);
    await expect(requireStaff(session)).rejects.toBeInstanceOf(SecondFactorRequiredError);
  });

  it("enrols with a QR code and a first code, and hands out ten recovery codes once", async () => {
    const session = await freshSession(userId);
    const first = await beginEnrolment(session);
    const again = await beginEnrolment(session);
    expect(first?.secret).toBe(again?.secret); // reloading the page shows the same QR code
    expect(first?.qrSvg).toContain("<svg");
    expect(first?.uri).toMatch(/^otpauth:\/\/totp\/Keten:tweestaps%40keten\.test\?/);
    secret = first!.secret;
    const [stored] = await db.select({ secret: users.totpSecret }).from(users).where(eq(users.id, userId));
    expect(stored!.secret).not.toContain(secret); // encrypted at rest
    expect(decryptTotpSecret(stored!.secret!)).toBe(secret);

    expect(await confirmEnrolment(session, "000000", T0)).toEqual({ ok: false, reason: "wrong" });
    expect(await confirmEnrolment(session, "12ab", T0)).toEqual({ ok: false, reason: "invalid" });
    const outcome = await confirmEnrolment(session, await codeAt(secret, T0), T0);
    expect(outcome.ok).toBe(true);
    codes = outcome.ok ? outcome.recoveryCodes : [];
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    const hashes = await db.select({ hash: recoveryCodes.codeHash }).from(recoveryCodes).where(eq(recoveryCodes.userId, userId));
    expect(hashes.map((h) => h.hash)).not.toContain(codes[0]);
    // The enrolling session counts as verified.
    await expect(requireStaff(session)).resolves.toMatchObject({ userId });
  });

  it("asks every new session for a code, and accepts each code only once", async () => {
    const replay = await freshSession(userId);
    expect(await verifySecondFactor(replay, await codeAt(secret, T0), at(5))).toEqual({ ok: false, reason: "wrong" });
    const session = await freshSession(userId);
    expect(await verifySecondFactor(session, await codeAt(secret, at(30)), at(31))).toEqual({ ok: true });
    await expect(requireStaff(session)).resolves.toMatchObject({ userId });
  });

  it("accepts a recovery code once, typed in any case and with or without dashes", async () => {
    const session = await freshSession(userId);
    const typed = codes[0]!.toUpperCase().replaceAll("-", " ");
    expect(normaliseRecoveryCode(typed)).toBe(codes[0]);
    expect(await verifySecondFactor(session, typed, at(60))).toEqual({ ok: true });
    const other = await freshSession(userId);
    expect(await verifySecondFactor(other, codes[0]!, at(61))).toEqual({ ok: false, reason: "wrong" });
  });

  it("ends a session after five wrong codes, and locks the account after ten within the window", async () => {
    const session = await freshSession(userId);
    const results = [];
    for (let i = 0; i < SECOND_FACTOR_LIMITS.perSession; i++) results.push((await verifySecondFactor(session, "111111", at(90 + i))) as { reason?: string });
    expect(results.map((r) => r.reason)).toEqual(["wrong", "wrong", "wrong", "wrong", "ended"]);
    const [row] = await db.select({ revokedAt: userSessions.revokedAt }).from(userSessions).where(eq(userSessions.id, session.user.sessionId));
    expect(row!.revokedAt).not.toBeNull();

    const second = await freshSession(userId);
    // Three wrong codes earlier (enrolment, replay, reused recovery code) + five + one + one = ten.
    for (let i = 0; i < 1; i++) await verifySecondFactor(second, "222222", at(100 + i));
    const third = await freshSession(userId);
    expect(await verifySecondFactor(third, "333333", at(110))).toEqual({ ok: false, reason: "wrong" });
    // Ten failures for the account in the window: even the right code is refused until the window passes.
    expect(await verifySecondFactor(third, await codeAt(secret, at(150)), at(150))).toEqual({ ok: false, reason: "locked" });
    const later = at(SECOND_FACTOR_LIMITS.perAccount.windowMinutes * 60 + 200);
    const fourth = await freshSession(userId);
    expect(await verifySecondFactor(fourth, await codeAt(secret, later), later)).toEqual({ ok: true });
  });

  it("records enrolment, verification and failures in the audit log", async () => {
    const rows = await db.select({ action: auditEvents.action }).from(auditEvents).where(and(eq(auditEvents.actorUserId, userId)));
    const actions = new Set(rows.map((r) => r.action));
    expect(actions).toEqual(new Set(["auth.second_factor_enabled", "auth.second_factor_verified", "auth.second_factor_failed"]));
  });

  it("encrypts secrets so each stored value differs", () => {
    expect(encryptTotpSecret("ABC")).not.toBe(encryptTotpSecret("ABC"));
  });
});

describe("a two-factor secret this server cannot decrypt (issue 12, point 7)", () => {
  /** As lib/auth/totp.ts stores it, but under another AUTH_SECRET (data seeded elsewhere). */
  function encryptedUnderAnotherSecret(secret: string): string {
    const key = Buffer.from(hkdfSync("sha256", "een heel ander geheim van minstens 32 tekens lang", "keten-totp", "totp-secret-encryption", 32));
    const iv = randomBytes(12);
    const cipher = createCipheriv("aes-256-gcm", key, iv);
    const body = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
    return ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(".");
  }

  it("is reported as a configuration error, not a wrong code, and never counts toward the lockout", async () => {
    const userId = await staffUser("ander-geheim@keten.test");
    const secret = "KETENTESTGEHEIMVOORHETANDERESLOT";
    await db.update(users).set({ totpSecret: encryptedUnderAnotherSecret(secret), totpEnabledAt: T0 }).where(eq(users.id, userId));
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const session = await freshSession(userId);
    // More tries than a session and an account allow: still not locked, still the same answer.
    for (let attempt = 0; attempt < SECOND_FACTOR_LIMITS.perAccount.max + 2; attempt++) {
      expect(await verifySecondFactor(session, await codeAt(secret, T0), T0)).toEqual({ ok: false, reason: "unavailable" });
    }
    expect(logged).toHaveBeenCalledWith(expect.stringMatching(/^Configuration error: the two-factor secret of user .* cannot be decrypted with this server's AUTH_SECRET/));
    expect(logged.mock.calls.flat().join(" ")).not.toContain(secret);
    logged.mockRestore();
    const [row] = await db.select({ failures: userSessions.secondFactorFailures, revokedAt: userSessions.revokedAt }).from(userSessions).where(eq(userSessions.id, session!.user.sessionId));
    expect(row).toEqual({ failures: 0, revokedAt: null });
    const failed = await db.select({ id: auditEvents.id }).from(auditEvents).where(and(eq(auditEvents.actorUserId, userId), eq(auditEvents.action, "auth.second_factor_failed")));
    expect(failed).toHaveLength(0);
  });
});
