import { and, asc, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { appointments, auditEvents, intakes, services } from "@/db/schema";
import { AuthRequiredError, ForbiddenError } from "@/lib/auth/actor";
import { instantAt } from "@/lib/time/zone";
import { patientByEmail, seedPractice, sessionForEmail, therapistId } from "@/tests/booking-support";
import { db, withTestDatabase } from "@/tests/test-database";
import { listAgenda, markAppointment } from "./agenda";

withTestDatabase();

/** The week of the spring clock change: Monday 23 March to Sunday 29 March 2026 (the night of the 29th is an hour short). */
const now = new Date("2026-03-25T10:00:00Z"); // Wednesday 11:00 in Amsterdam
let sanne: string;
let joris: string;
let lotte: string;
const ids: Record<string, string> = {};

async function add(name: string, therapist: string, date: string, time: string, extra: Partial<typeof appointments.$inferInsert> = {}) {
  const [service] = await db.select({ id: services.id }).from(services).where(eq(services.slug, "vervolgbehandeling"));
  const startsAt = instantAt(date, time);
  const [row] = await db
    .insert(appointments)
    .values({ therapistId: therapist, patientId: lotte, serviceId: service!.id, startsAt, endsAt: new Date(startsAt.getTime() + 30 * 60_000), ...extra })
    .returning({ id: appointments.id });
  ids[name] = row!.id;
}

beforeAll(async () => {
  await seedPractice();
  sanne = await therapistId("sanne-de-vries");
  joris = await therapistId("joris-bakker");
  lotte = (await patientByEmail("patient@keten.test"))!.id;
  await add("sundayBefore", sanne, "2026-03-22", "23:30");
  await add("mondayMidnight", sanne, "2026-03-23", "00:00");
  await add("mondayMorning", sanne, "2026-03-23", "09:00");
  await add("wednesdayLater", sanne, "2026-03-25", "15:00");
  await add("thursday", sanne, "2026-03-26", "13:00");
  await add("cancelled", sanne, "2026-03-24", "10:00", { status: "cancelled", cancelledAt: now });
  await add("sundayLate", sanne, "2026-03-29", "23:30");
  await add("nextMondayMidnight", sanne, "2026-03-30", "00:00");
  await add("jorisWednesday", joris, "2026-03-25", "09:00");
  await db.insert(intakes).values({
    patientId: lotte,
    appointmentId: ids.mondayMorning,
    formVersion: 1,
    complaintLocation: "hamstring",
    complaintSide: "right",
    onset: "acute",
    painNow: 6,
    painWorst: 8,
    triageOutcome: "see_soon",
    redFlags: ["pop"],
    answers: { pop: true },
    consentAt: now,
  });
  await db.insert(intakes).values({
    patientId: lotte,
    appointmentId: ids.jorisWednesday,
    formVersion: 1,
    complaintLocation: "kuit",
    complaintSide: "left",
    onset: "gradual",
    painNow: 2,
    painWorst: 4,
    triageOutcome: "book_analysis",
    redFlags: [],
    answers: {},
    consentAt: now,
  });
});

const week = { fromDate: "2026-03-23", toDate: "2026-03-29" };

describe("the agenda", () => {
  it("lists a therapist's own week in Amsterdam time, edges of the short DST night included", async () => {
    const agenda = await listAgenda(await sessionForEmail("sanne@keten.test"), week, now);
    expect(agenda.selected?.slug).toBe("sanne-de-vries");
    expect(agenda.today).toBe("2026-03-25");
    expect(agenda.entries.map((e) => e.id)).toEqual([ids.mondayMidnight, ids.mondayMorning, ids.wednesdayLater, ids.thursday, ids.sundayLate]);
  });

  it("shows one day, its last half hour included and the next midnight not", async () => {
    const agenda = await listAgenda(await sessionForEmail("sanne@keten.test"), { fromDate: "2026-03-29", toDate: "2026-03-29" }, now);
    expect(agenda.entries.map((e) => e.id)).toEqual([ids.sundayLate]);
    expect(agenda.entries[0]!.startsAt.toISOString()).toBe("2026-03-29T21:30:00.000Z");
  });

  it("shows cancelled appointments only when asked", async () => {
    const session = await sessionForEmail("sanne@keten.test");
    const day = { fromDate: "2026-03-24", toDate: "2026-03-24" };
    expect((await listAgenda(session, day, now)).entries).toEqual([]);
    const withCancelled = await listAgenda(session, { ...day, includeCancelled: true }, now);
    expect(withCancelled.entries).toMatchObject([{ id: ids.cancelled, status: "cancelled", canMark: false }]);
  });

  it("marks the intake with warning signs and audits the read of that intake", async () => {
    const agenda = await listAgenda(await sessionForEmail("sanne@keten.test"), week, now);
    const flagged = agenda.entries.find((e) => e.id === ids.mondayMorning)!;
    expect(flagged.intake).toMatchObject({ warning: true, redFlags: ["pop"], triageOutcome: "see_soon" });
    expect(flagged.patient.name).toBe("Lotte Visser");
    expect(agenda.entries.find((e) => e.id === ids.thursday)!.intake).toBeNull();
    const events = await db.select().from(auditEvents).where(and(eq(auditEvents.action, "intake.viewed"), eq(auditEvents.recordId, flagged.intake!.id)));
    expect(events.length).toBeGreaterThan(0);
    expect(events[0]).toMatchObject({ actorRole: "therapist", patientId: lotte, details: { view: "agenda", shown: "warning_signs" } });
  });

  it("audits each intake shown exactly once per look at the agenda", async () => {
    const agendaReads = () => db.select().from(auditEvents).where(and(eq(auditEvents.action, "intake.viewed"), sql`${auditEvents.details}->>'view' = 'agenda'`)).orderBy(asc(auditEvents.id));
    const before = (await agendaReads()).length;
    const agenda = await listAgenda(await sessionForEmail("sanne@keten.test"), { ...week, therapist: "all" }, now);
    const shown = agenda.entries.flatMap((e) => (e.intake ? [e.intake.id] : []));
    expect(shown.length).toBeGreaterThan(1);
    const added = (await agendaReads()).slice(before);
    expect(added.map((e) => e.recordId).sort()).toEqual([...shown].sort());
    const sanneUser = (await sessionForEmail("sanne@keten.test")).user.id;
    for (const event of added) expect(event).toMatchObject({ actorUserId: sanneUser, actorRole: "therapist", patientId: lotte, recordType: "intake", ip: null, details: { view: "agenda", shown: "warning_signs" } });
  });

  it("lets staff look at another therapist or everyone; the admin sees everyone by default", async () => {
    const sanneSession = await sessionForEmail("sanne@keten.test");
    const joris = await listAgenda(sanneSession, { fromDate: "2026-03-25", toDate: "2026-03-25", therapist: "joris-bakker" }, now);
    expect(joris.entries.map((e) => e.id)).toEqual([ids.jorisWednesday]);
    expect(joris.entries[0]!.canMark).toBe(false); // not hers
    const all = await listAgenda(sanneSession, { fromDate: "2026-03-25", toDate: "2026-03-25", therapist: "all" }, now);
    expect(all.selected).toBeNull();
    expect(all.entries.map((e) => e.id)).toEqual([ids.jorisWednesday, ids.wednesdayLater]);
    const admin = await listAgenda(await sessionForEmail("admin@keten.test"), { fromDate: "2026-03-25", toDate: "2026-03-25" }, now);
    expect(admin.selected).toBeNull();
    expect(admin.entries.every((e) => e.canMark)).toBe(true);
  });

  it("is closed to patients and to visitors without a session", async () => {
    await expect(listAgenda(await sessionForEmail("patient@keten.test"), week, now)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listAgenda(null, week, now)).rejects.toBeInstanceOf(AuthRequiredError);
  });
});

describe("marking attendance", () => {
  const status = async (id: string) => (await db.select({ status: appointments.status }).from(appointments).where(eq(appointments.id, id)))[0]!.status;

  it("marks a past appointment attended and an appointment later today as no-show, each audited", async () => {
    const session = await sessionForEmail("sanne@keten.test");
    expect(await markAppointment(session, ids.mondayMorning!, "attended", now)).toMatchObject({ status: "marked", mark: "attended", patientName: "Lotte Visser" });
    expect(await status(ids.mondayMorning!)).toBe("attended");
    expect(await markAppointment(session, ids.wednesdayLater!, "no_show", now)).toMatchObject({ status: "marked", mark: "no_show" });
    expect(await status(ids.wednesdayLater!)).toBe("no_show");
    // A mistake can be corrected.
    expect(await markAppointment(session, ids.wednesdayLater!, "attended", now)).toMatchObject({ status: "marked" });
    const events = await db.select().from(auditEvents).where(eq(auditEvents.recordId, ids.wednesdayLater!)).orderBy(auditEvents.id);
    expect(events.map((e) => [e.action, e.details])).toEqual([
      ["appointment.no_show", { previousStatus: "confirmed" }],
      ["appointment.attended", { previousStatus: "no_show" }],
    ]);
    expect(events[0]).toMatchObject({ actorRole: "therapist", patientId: lotte, recordType: "appointment" });
  });

  it("refuses a future day, a cancelled appointment and a colleague's appointment, changing nothing", async () => {
    const session = await sessionForEmail("sanne@keten.test");
    expect(await markAppointment(session, ids.thursday!, "attended", now)).toEqual({ status: "refused", reason: "future" });
    expect(await markAppointment(session, ids.cancelled!, "no_show", now)).toEqual({ status: "refused", reason: "cancelled" });
    expect(await markAppointment(session, ids.jorisWednesday!, "attended", now)).toEqual({ status: "refused", reason: "not_own" });
    expect(await status(ids.thursday!)).toBe("confirmed");
    expect(await status(ids.cancelled!)).toBe("cancelled");
    expect(await status(ids.jorisWednesday!)).toBe("confirmed");
    expect(await markAppointment(session, "not-a-uuid", "attended", now)).toEqual({ status: "not_found" });
    expect(await markAppointment(session, "00000000-0000-4000-8000-000000000000", "attended", now)).toEqual({ status: "not_found" });
  });

  it("lets the admin mark any therapist's appointment", async () => {
    expect(await markAppointment(await sessionForEmail("admin@keten.test"), ids.jorisWednesday!, "attended", now)).toMatchObject({ status: "marked" });
    expect(await status(ids.jorisWednesday!)).toBe("attended");
  });

  it("is closed to patients (even for their own appointment) and to visitors", async () => {
    await expect(markAppointment(await sessionForEmail("patient@keten.test"), ids.sundayBefore!, "attended", now)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(markAppointment(undefined, ids.sundayBefore!, "attended", now)).rejects.toBeInstanceOf(AuthRequiredError);
    expect(await status(ids.sundayBefore!)).toBe("confirmed");
  });
});
