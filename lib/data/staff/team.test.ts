import { desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents, outboxEmails, therapists, users } from "@/db/schema";
import { currentActor, ForbiddenError } from "@/lib/auth/actor";
import { authenticate } from "@/lib/auth/login";
import { therapistAccountSchema } from "@/lib/validation/team";
import { seedPractice, sessionForEmail } from "@/tests/booking-support";
import { sessionFor } from "@/tests/sessions";
import { db, withTestDatabase } from "@/tests/test-database";
import { listBookableTherapists } from "../availability";
import { setPasswordWithLink } from "../password-links";
import { changeStaffRole, createAdminAccount, createTherapistAccount, deactivateStaff, listStaff, reactivateStaff, resendStaffInvitation } from "./team";

/**
 * Staff accounts managed by an admin: a new therapist is invited by e-mail and can log in after choosing a
 * password; a role change or deactivation ends that person's open sessions at once; nobody but an admin can
 * do any of it, and an admin cannot lock themselves out.
 */
withTestDatabase();

type Session = Awaited<ReturnType<typeof sessionForEmail>>;
let admin: Session;
let sanne: Session;
let adminUserId: string;

const newTherapist = () =>
  therapistAccountSchema.parse({ email: " Mila@Keten.test ", displayName: "Mila Hendriks", title: "Fysiotherapeut", slug: "", sortOrder: "" });

async function userByEmail(email: string) {
  const [row] = await db.select().from(users).where(eq(users.email, email));
  return row!;
}

function activationToken(text: string): string {
  const match = /\/wachtwoord\/activeren\/([A-Za-z0-9_-]{43})/.exec(text);
  if (!match?.[1]) throw new Error(`no activation link in: ${text}`);
  return match[1];
}

beforeAll(async () => {
  await seedPractice();
  admin = await sessionForEmail("admin@keten.test");
  sanne = await sessionForEmail("sanne@keten.test");
  adminUserId = admin.user.id;
});

describe("creating a therapist account", () => {
  it("sends an activation mail; after choosing a password the therapist logs in to the workspace", async () => {
    const result = await createTherapistAccount(admin, newTherapist());
    expect(result.ok).toBe(true);
    const user = await userByEmail("mila@keten.test");
    expect(user).toMatchObject({ role: "therapist", passwordHash: null, activatedAt: null });
    const [profile] = await db.select().from(therapists).where(eq(therapists.userId, user.id));
    expect(profile).toMatchObject({ slug: "mila-hendriks", displayName: "Mila Hendriks", title: "Fysiotherapeut", sortOrder: 3 });

    const [mail] = await db.select().from(outboxEmails).where(eq(outboxEmails.toAddress, "mila@keten.test")).orderBy(desc(outboxEmails.createdAt));
    expect(mail?.subject).toBe("Je account bij Fysiopraktijk Keten");
    expect(mail?.textBody).toContain("Beste Mila,");
    expect(mail?.textBody).toContain("als fysiotherapeut");

    expect((await authenticate({ email: "mila@keten.test", password: "een lange nieuwe wachtwoordzin", ip: null })).ok).toBe(false);
    const set = await setPasswordWithLink({ token: activationToken(mail!.textBody), purpose: "activation", password: "een lange nieuwe wachtwoordzin" });
    expect(set).toEqual({ ok: true, email: "mila@keten.test" });
    const login = await authenticate({ email: "mila@keten.test", password: "een lange nieuwe wachtwoordzin", ip: null });
    expect(login.ok && login.user.role).toBe("therapist");
    const actor = await currentActor(await sessionFor(user.id));
    expect(actor).toMatchObject({ role: "therapist", therapistId: profile!.id });

    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.action, "staff.created"));
    expect(event).toMatchObject({ actorUserId: adminUserId, actorRole: "admin", recordId: user.id, patientId: null });
    expect(event?.details).toMatchObject({ targetUserId: user.id, role: "therapist" });
  });

  it("refuses an e-mail address or web address already in use, and changes nothing", async () => {
    const before = (await listStaff(admin)).length;
    expect(await createTherapistAccount(admin, { ...newTherapist(), slug: "iemand-anders" })).toMatchObject({ ok: false, field: "email" });
    expect(await createTherapistAccount(admin, { ...newTherapist(), email: "nieuw@keten.test", slug: "sanne-de-vries" })).toMatchObject({ ok: false, field: "slug" });
    expect(await createAdminAccount(admin, { email: "patient@keten.test" })).toMatchObject({ ok: false, field: "email" });
    expect((await listStaff(admin)).length).toBe(before);
  });

  it("creates an admin account the same way", async () => {
    expect((await createAdminAccount(admin, { email: "beheer2@keten.test" })).ok).toBe(true);
    const staff = await listStaff(admin);
    expect(staff.find((s) => s.email === "beheer2@keten.test")).toMatchObject({ role: "admin", name: null, therapist: null, activated: false, deactivated: false });
    expect(staff.find((s) => s.email === "admin@keten.test")?.isSelf).toBe(true);
    const mails = await db.select().from(outboxEmails).where(eq(outboxEmails.toAddress, "beheer2@keten.test"));
    expect(mails[0]?.textBody).toContain("als beheerder");
    // A fresh link replaces the first one.
    expect((await resendStaffInvitation(admin, (await userByEmail("beheer2@keten.test")).id)).ok).toBe(true);
    const links = (await db.select().from(outboxEmails).where(eq(outboxEmails.toAddress, "beheer2@keten.test"))).map((m) => activationToken(m.textBody));
    expect(links).toHaveLength(2);
  });
});

describe("role changes and deactivation", () => {
  it("a role change ends the person's open session at once; the next login has the new role", async () => {
    const joris = await userByEmail("joris@keten.test");
    const open = await sessionFor(joris.id);
    expect(await currentActor(open)).toMatchObject({ role: "therapist" });
    expect((await changeStaffRole(admin, joris.id, "admin")).ok).toBe(true);
    expect(await currentActor(open)).toBeNull();
    const after = await userByEmail("joris@keten.test");
    expect(after.sessionVersion).toBe(joris.sessionVersion + 1);
    expect(await currentActor(await sessionFor(joris.id))).toMatchObject({ role: "admin", therapistId: expect.any(String) });

    // Back to therapist: possible, since Joris has a therapist profile; an admin without one cannot.
    expect((await changeStaffRole(admin, joris.id, "therapist")).ok).toBe(true);
    expect(await changeStaffRole(admin, (await userByEmail("beheer2@keten.test")).id, "therapist")).toEqual({ ok: false, reason: "no_therapist_profile" });
  });

  it("deactivation ends every session and takes the therapist out of the booking; reactivation lets them log in again", async () => {
    const mila = await userByEmail("mila@keten.test");
    const open = await sessionFor(mila.id);
    expect(await currentActor(open)).not.toBeNull();
    expect((await listBookableTherapists()).map((t) => t.slug)).toContain("mila-hendriks");

    expect(await deactivateStaff(admin, mila.id)).toMatchObject({ ok: true, upcomingAppointments: 0 });
    expect(await currentActor(open)).toBeNull();
    expect(await currentActor(await sessionFor(mila.id))).toBeNull();
    expect((await authenticate({ email: "mila@keten.test", password: "een lange nieuwe wachtwoordzin", ip: null })).ok).toBe(false);
    expect((await listBookableTherapists()).map((t) => t.slug)).not.toContain("mila-hendriks");
    expect((await listStaff(admin)).find((s) => s.email === "mila@keten.test")?.deactivated).toBe(true);

    expect((await reactivateStaff(admin, mila.id)).ok).toBe(true);
    expect((await authenticate({ email: "mila@keten.test", password: "een lange nieuwe wachtwoordzin", ip: null })).ok).toBe(true);
    const actions = (await db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.recordId, mila.id))).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["staff.deactivated", "staff.reactivated"]));
  });

  it("an admin cannot deactivate or demote themselves", async () => {
    expect(await deactivateStaff(admin, adminUserId)).toEqual({ ok: false, reason: "self" });
    expect(await changeStaffRole(admin, adminUserId, "therapist")).toEqual({ ok: false, reason: "self" });
    expect(await currentActor(admin)).toMatchObject({ role: "admin" });
  });

  it("a patient's account is not staff: 'not found'", async () => {
    const patient = await userByEmail("patient@keten.test");
    expect(await deactivateStaff(admin, patient.id)).toEqual({ ok: false, reason: "not_found" });
    expect(await changeStaffRole(admin, patient.id, "admin")).toEqual({ ok: false, reason: "not_found" });
    expect(await deactivateStaff(admin, "niet-een-id")).toEqual({ ok: false, reason: "not_found" });
    expect((await userByEmail("patient@keten.test")).role).toBe("patient");
  });
});

describe("who may manage the team", () => {
  it("only admins: a therapist or patient is refused and nothing changes", async () => {
    const joris = await userByEmail("joris@keten.test");
    const patient = await sessionForEmail("patient@keten.test");
    await expect(listStaff(sanne)).rejects.toThrow(ForbiddenError);
    await expect(createAdminAccount(sanne, { email: "stiekem@keten.test" })).rejects.toThrow(ForbiddenError);
    await expect(changeStaffRole(sanne, sanne.user.id, "admin")).rejects.toThrow(ForbiddenError);
    await expect(deactivateStaff(sanne, joris.id)).rejects.toThrow(ForbiddenError);
    await expect(deactivateStaff(patient, joris.id)).rejects.toThrow(ForbiddenError);
    const [stiekem] = await db.select().from(users).where(eq(users.email, "stiekem@keten.test"));
    expect(stiekem).toBeUndefined();
    expect((await userByEmail("joris@keten.test")).deactivatedAt).toBeNull();
    expect((await userByEmail("sanne@keten.test")).role).toBe("therapist");
  });
});
