import { and, desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents, loginAttempts, outboxEmails, patients, users } from "@/db/schema";
import { authenticate } from "@/lib/auth/login";
import { hashPassword } from "@/lib/auth/password";
import { PASSWORD_MESSAGES } from "@/lib/auth/password-policy";
import { PASSWORD_LINK_THROTTLE } from "@/lib/auth/policy";
import { db, withTestDatabase } from "@/tests/test-database";
import { peekPasswordLink, requestPasswordLink, setPasswordWithLink } from "./password-links";

withTestDatabase();

const oldPassword = "mijn oude wachtwoordzin";

async function account(email: string, options: { activated?: boolean; deactivated?: boolean } = {}) {
  const activated = options.activated ?? true;
  const [user] = await db
    .insert(users)
    .values({
      email,
      role: "patient",
      passwordHash: activated ? await hashPassword(oldPassword) : null,
      activatedAt: activated ? new Date() : null,
      deactivatedAt: options.deactivated ? new Date() : null,
    })
    .returning({ id: users.id });
  await db.insert(patients).values({ userId: user!.id, fullName: `Test ${email.split("@")[0]}`, dateOfBirth: "1990-01-01" });
  return user!.id;
}

async function mailsTo(email: string) {
  return db.select().from(outboxEmails).where(eq(outboxEmails.toAddress, email)).orderBy(desc(outboxEmails.createdAt));
}

function linkToken(text: string, path: "herstellen" | "activeren"): string {
  const match = new RegExp(`/wachtwoord/${path}/([A-Za-z0-9_-]{43})`).exec(text);
  if (!match?.[1]) throw new Error(`no ${path} link in: ${text}`);
  return match[1];
}

beforeAll(async () => {
  await account("actief@voorbeeld.test");
  await account("nieuw@voorbeeld.test", { activated: false });
  await account("gestopt@voorbeeld.test", { deactivated: true });
});

describe("asking for a password link", () => {
  it("gives the same answer for every address, but only mails accounts that can use it", async () => {
    for (const email of ["onbekend@voorbeeld.test", "gestopt@voorbeeld.test", "ACTIEF@voorbeeld.test ", "nieuw@voorbeeld.test"]) {
      expect((await requestPasswordLink({ email, ip: "10.0.0.1" })).ok).toBe(true);
    }
    expect(await mailsTo("onbekend@voorbeeld.test")).toHaveLength(0);
    expect(await mailsTo("gestopt@voorbeeld.test")).toHaveLength(0);
    const [reset] = await mailsTo("actief@voorbeeld.test");
    expect(reset?.kind).toBe("password_reset");
    expect(reset?.textBody).toContain("/wachtwoord/herstellen/");
    // An account that never chose a password gets an activation link instead.
    const [activation] = await mailsTo("nieuw@voorbeeld.test");
    expect(activation?.kind).toBe("activation_link");
    expect(activation?.textBody).toContain("/wachtwoord/activeren/");
    // Every request is on record with its IP; the unknown address itself is not stored.
    const events = await db.select().from(auditEvents).where(eq(auditEvents.action, "password_link_requested"));
    expect(events).toHaveLength(4);
    expect(events.every((e) => e.ip === "10.0.0.1" && e.actorRole === "anonymous")).toBe(true);
    expect(JSON.stringify(events)).not.toContain("onbekend@");
  });

  it(`sends at most ${PASSWORD_LINK_THROTTLE.perEmail} links an hour to one address, and answers the same after that`, async () => {
    await account("veel@voorbeeld.test");
    const start = new Date();
    for (let i = 0; i < PASSWORD_LINK_THROTTLE.perEmail + 2; i++) {
      expect(await requestPasswordLink({ email: "veel@voorbeeld.test", ip: `10.2.0.${i}`, now: start })).toMatchObject({ ok: true });
    }
    expect(await mailsTo("veel@voorbeeld.test")).toHaveLength(PASSWORD_LINK_THROTTLE.perEmail);
  });

  it(`refuses more than ${PASSWORD_LINK_THROTTLE.perIp} requests from one IP in ${PASSWORD_LINK_THROTTLE.perIpWindowMinutes} minutes, whichever addresses`, async () => {
    const now = new Date();
    for (let i = 0; i < PASSWORD_LINK_THROTTLE.perIp; i++) {
      expect(await requestPasswordLink({ email: `gok${i}@voorbeeld.test`, ip: "10.3.3.3", now })).toMatchObject({ ok: true });
    }
    expect(await requestPasswordLink({ email: "actief@voorbeeld.test", ip: "10.3.3.3", now })).toEqual({ ok: false, reason: "ip_throttled" });
    expect(await requestPasswordLink({ email: "gok@voorbeeld.test", ip: "10.3.3.4", now })).toMatchObject({ ok: true });
    const later = new Date(now.getTime() + (PASSWORD_LINK_THROTTLE.perIpWindowMinutes + 1) * 60_000);
    expect(await requestPasswordLink({ email: "gok@voorbeeld.test", ip: "10.3.3.3", now: later })).toMatchObject({ ok: true });
  });
});

describe("choosing a password through a link", () => {
  it("resets once: the password changes, other sessions end, failed logins are forgiven and a notice is sent", async () => {
    const email = "herstel@voorbeeld.test";
    const userId = await account(email);
    for (let i = 0; i < 5; i++) await authenticate({ email, password: "fout", ip: null });
    expect(await authenticate({ email, password: oldPassword, ip: null })).toMatchObject({ reason: "throttled" });

    await requestPasswordLink({ email, ip: null });
    const token = linkToken((await mailsTo(email))[0]!.textBody, "herstellen");
    expect(await peekPasswordLink(token, "password_reset")).toEqual({ email });
    expect(await peekPasswordLink(token, "activation")).toBeNull();

    // A refused password does not use the link up.
    expect(await setPasswordWithLink({ token, purpose: "password_reset", password: "password" })).toEqual({
      ok: false,
      reason: "weak",
      problems: [PASSWORD_MESSAGES.common],
    });
    expect(await setPasswordWithLink({ token, purpose: "password_reset", password: email })).toMatchObject({ reason: "weak" });
    expect(await setPasswordWithLink({ token, purpose: "password_reset", password: "een nieuwe lange zin" })).toEqual({ ok: true, email });
    expect(await setPasswordWithLink({ token, purpose: "password_reset", password: "nog een andere zin" })).toEqual({ ok: false, reason: "invalid_link" });
    expect(await peekPasswordLink(token, "password_reset")).toBeNull();

    const [user] = await db.select().from(users).where(eq(users.id, userId));
    expect(user?.sessionVersion).toBe(2);
    expect(await authenticate({ email, password: oldPassword, ip: null })).toMatchObject({ ok: false, reason: "invalid" });
    expect(await authenticate({ email, password: "een nieuwe lange zin", ip: null })).toMatchObject({ ok: true });
    expect((await mailsTo(email)).map((m) => m.kind)).toContain("password_changed");
    const [event] = await db.select().from(auditEvents).where(and(eq(auditEvents.action, "password_reset"), eq(auditEvents.actorUserId, userId)));
    expect(event?.recordId).toBe(userId);
  });

  it("activates a new account and voids older links", async () => {
    const email = "activeer@voorbeeld.test";
    const userId = await account(email, { activated: false });
    await requestPasswordLink({ email, ip: null });
    await requestPasswordLink({ email, ip: null });
    const [newest, older] = await mailsTo(email);
    const token = linkToken(newest!.textBody, "activeren");
    expect(await peekPasswordLink(linkToken(older!.textBody, "activeren"), "activation")).toBeNull();
    expect(await setPasswordWithLink({ token, purpose: "activation", password: "mijn eerste wachtwoord" })).toEqual({ ok: true, email });
    const [user] = await db.select().from(users).where(eq(users.id, userId));
    expect(user?.activatedAt).toBeInstanceOf(Date);
    expect(await authenticate({ email, password: "mijn eerste wachtwoord", ip: null })).toMatchObject({ ok: true });
    // Once activated, "wachtwoord vergeten" sends a reset link.
    await requestPasswordLink({ email, ip: null });
    expect((await mailsTo(email))[0]?.kind).toBe("password_reset");
  });

  it("refuses unknown, malformed and expired links", async () => {
    expect(await peekPasswordLink("x".repeat(43), "activation")).toBeNull();
    expect(await peekPasswordLink("../../etc", "activation")).toBeNull();
    const email = "verlopen@voorbeeld.test";
    await account(email);
    const requested = new Date(Date.now() - 3 * 3_600_000);
    await requestPasswordLink({ email, ip: null, now: requested });
    const token = linkToken((await mailsTo(email))[0]!.textBody, "herstellen");
    expect(await setPasswordWithLink({ token, purpose: "password_reset", password: "een nieuwe lange zin" })).toEqual({ ok: false, reason: "invalid_link" });
    expect(await db.select().from(loginAttempts).where(eq(loginAttempts.email, email))).toHaveLength(0);
  });
});

describe("asking for a password link: as fast for a known address as for an unknown one (issue 12, point 5)", () => {
  it("the medians of 15 requests each differ by less than 50 ms", async () => {
    const known: string[] = [];
    for (let index = 0; index < 15; index++) {
      const email = `snelheid-${index}@voorbeeld.test`;
      await account(email);
      known.push(email);
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const timings = { known: [] as number[], unknown: [] as number[] };
    // Alternating, each from its own address, so neither the order nor a throttle favours one side.
    for (let index = 0; index < 15; index++) {
      for (const kind of ["known", "unknown"] as const) {
        const email = kind === "known" ? known[index]! : `niemand-${index}@voorbeeld.test`;
        const started = performance.now();
        const result = await requestPasswordLink({ email, ip: `198.51.100.${index * 2 + (kind === "known" ? 1 : 0)}` });
        timings[kind].push(performance.now() - started);
        expect(result.ok).toBe(true);
      }
    }
    expect(Math.abs(median(timings.known) - median(timings.unknown))).toBeLessThan(50);
  });
});
