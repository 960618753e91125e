import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents, availabilityExceptions, availabilityRules } from "@/db/schema";
import { AuthRequiredError, ForbiddenError } from "@/lib/auth/actor";
import { formatTime } from "@/lib/time/format";
import { instantAt, wallClockAt } from "@/lib/time/zone";
import { intake, seedPractice, sessionForEmail, therapistId } from "@/tests/booking-support";
import { db, withTestDatabase } from "@/tests/test-database";
import { findFreeSlots } from "../availability";
import { bookAppointment } from "../booking";
import { addAbsence, addExtraHours, removeException } from "./absences";
import { addWeeklyBlock, changeWeeklyBlock, endWeeklyBlock, getOpeningHours, removeWeeklyBlock } from "./opening-hours";

/**
 * Opening hours and absences in the workspace: what a therapist changes is what the public booking offers
 * on the very next request (findFreeSlots reads the database each time), a therapist can only touch their own
 * hours, and history is never rewritten.
 */
withTestDatabase();

// Wednesday 25 March 2026, 10:00 in Amsterdam. Sanne works Mon, Tue, Thu (12–20) and Fri; Joris Mon, Wed, Thu, Sat.
const now = new Date("2026-03-25T09:00:00Z");
type Session = Awaited<ReturnType<typeof sessionForEmail>>;
let sanne: Session;
let admin: Session;
let patient: Session;
let sanneId: string;
let jorisId: string;

async function slotTimes(therapistSlug: string, date: string): Promise<string[]> {
  const search = await findFreeSlots({ serviceSlug: "vervolgbehandeling", therapistSlug, now, fromDate: date, toDate: date });
  return (search?.slots ?? []).map((slot) => formatTime(new Date(slot.start)));
}

async function rulesOf(id: string) {
  return db.select().from(availabilityRules).where(eq(availabilityRules.therapistId, id)).orderBy(availabilityRules.weekday, availabilityRules.validFrom, availabilityRules.startTime);
}

async function exceptionsOf(id: string) {
  return db.select().from(availabilityExceptions).where(eq(availabilityExceptions.therapistId, id));
}

const block = (over: Partial<Parameters<typeof addWeeklyBlock>[2]> = {}) => ({ weekday: 3, startTime: "09:00", endTime: "12:00", validFrom: "2026-03-25", validTo: null, ...over });
const wholeDay = (date: string, reason = "") => ({ fromDate: date, fromTime: null, toDate: date, toTime: null, reason });

beforeAll(async () => {
  await seedPractice();
  sanne = await sessionForEmail("sanne@keten.test");
  admin = await sessionForEmail("admin@keten.test");
  patient = await sessionForEmail("patient@keten.test");
  sanneId = await therapistId("sanne-de-vries");
  jorisId = await therapistId("joris-bakker");
});

describe("a therapist's own weekly hours", () => {
  it("adds a block and the public booking offers it at once", async () => {
    expect(await slotTimes("sanne-de-vries", "2026-04-01")).toEqual([]);
    const result = await addWeeklyBlock(sanne, sanneId, block(), now);
    expect(result).toEqual({ ok: true, therapistId: sanneId });
    const times = await slotTimes("sanne-de-vries", "2026-04-01");
    expect(times[0]).toBe("09:00");
    expect(times.at(-1)).toBe("11:30");
  });

  it("refuses a block that overlaps another on the same day, with a Dutch message, and changes nothing", async () => {
    const before = await rulesOf(sanneId);
    const result = await addWeeklyBlock(sanne, sanneId, block({ weekday: 1, startTime: "16:00", endTime: "18:00" }), now);
    expect(result).toMatchObject({ ok: false, reason: "invalid", field: "startTime" });
    expect(result.ok === false && result.reason === "invalid" && result.message).toMatch(/overlappen met maandag 08:30–17:00/);
    expect(await rulesOf(sanneId)).toEqual(before);
    // Touching is not overlapping: several blocks a day are fine.
    expect((await addWeeklyBlock(sanne, sanneId, block({ weekday: 1, startTime: "17:00", endTime: "19:00" }), now)).ok).toBe(true);
  });

  it("refuses hours that start in the past", async () => {
    expect(await addWeeklyBlock(sanne, sanneId, block({ weekday: 6, validFrom: "2026-03-24" }), now)).toMatchObject({ ok: false, field: "validFrom" });
  });

  it("changes times from a date on: the old block ends the day before, the days before keep their hours", async () => {
    const [friday] = (await rulesOf(sanneId)).filter((r) => r.weekday === 5);
    const result = await changeWeeklyBlock(sanne, friday!.id, { startTime: "10:00", endTime: "14:00", effectiveFrom: "2026-04-06" }, now);
    expect(result.ok).toBe(true);
    const fridays = (await rulesOf(sanneId)).filter((r) => r.weekday === 5);
    expect(fridays.map((r) => [r.startTime, r.endTime, r.validFrom, r.validTo])).toEqual([
      ["08:30:00", "13:00:00", "2026-01-01", "2026-04-05"],
      ["10:00:00", "14:00:00", "2026-04-06", null],
    ]);
    expect((await slotTimes("sanne-de-vries", "2026-04-03"))[0]).toBe("08:30");
    expect((await slotTimes("sanne-de-vries", "2026-04-10"))[0]).toBe("10:00");
    expect((await slotTimes("sanne-de-vries", "2026-04-10")).at(-1)).toBe("13:30");
  });

  it("deletes only blocks that have not started; a block in force is ended per a date instead", async () => {
    const [monday] = (await rulesOf(sanneId)).filter((r) => r.weekday === 1 && r.startTime === "08:30:00");
    expect(await removeWeeklyBlock(sanne, monday!.id, now)).toMatchObject({ ok: false, reason: "invalid" });
    expect(await endWeeklyBlock(sanne, monday!.id, "2026-03-20", now)).toMatchObject({ ok: false, field: "endsFrom" });
    expect((await endWeeklyBlock(sanne, monday!.id, "2026-04-13", now)).ok).toBe(true);
    expect((await rulesOf(sanneId)).find((r) => r.id === monday!.id)?.validTo).toBe("2026-04-12");
    expect(await slotTimes("sanne-de-vries", "2026-04-13")).not.toContain("09:00");
    expect((await slotTimes("sanne-de-vries", "2026-04-06"))[0]).toBe("08:30");

    const future = await addWeeklyBlock(sanne, sanneId, block({ weekday: 7, validFrom: "2026-05-03" }), now);
    const [sunday] = (await rulesOf(sanneId)).filter((r) => r.weekday === 7);
    expect(future.ok && sunday).toBeTruthy();
    expect((await removeWeeklyBlock(sanne, sunday!.id, now)).ok).toBe(true);
    expect((await rulesOf(sanneId)).filter((r) => r.weekday === 7)).toEqual([]);
  });
});

describe("another therapist's hours", () => {
  it("are refused to a therapist, whatever id is posted, and nothing of them changes", async () => {
    const rulesBefore = await rulesOf(jorisId);
    const absence = await addAbsence(admin, jorisId, wholeDay("2026-04-04", "Cursus"), now);
    expect(absence.ok).toBe(true);
    const exceptionsBefore = await exceptionsOf(jorisId);
    const jorisRule = rulesBefore[0]!;

    expect(await getOpeningHours(sanne, jorisId, now)).toBeNull();
    expect(await addWeeklyBlock(sanne, jorisId, block({ weekday: 2 }), now)).toEqual({ ok: false, reason: "not_found" });
    expect(await changeWeeklyBlock(sanne, jorisRule.id, { startTime: "06:00", endTime: "07:00", effectiveFrom: "2026-03-26" }, now)).toEqual({ ok: false, reason: "not_found" });
    expect(await endWeeklyBlock(sanne, jorisRule.id, "2026-03-26", now)).toEqual({ ok: false, reason: "not_found" });
    expect(await removeWeeklyBlock(sanne, jorisRule.id, now)).toEqual({ ok: false, reason: "not_found" });
    expect(await addAbsence(sanne, jorisId, wholeDay("2026-04-01"), now)).toEqual({ ok: false, reason: "not_found" });
    expect(await addExtraHours(sanne, jorisId, { date: "2026-04-02", startTime: "18:00", endTime: "20:00", reason: "" }, now)).toEqual({ ok: false, reason: "not_found" });
    expect(await removeException(sanne, exceptionsBefore[0]!.id)).toEqual({ ok: false, reason: "not_found" });
    expect(await addWeeklyBlock(sanne, "niet-een-id", block(), now)).toEqual({ ok: false, reason: "not_found" });

    expect(await rulesOf(jorisId)).toEqual(rulesBefore);
    expect(await exceptionsOf(jorisId)).toEqual(exceptionsBefore);
  });

  it("are managed by an admin, who can choose any therapist", async () => {
    const view = await getOpeningHours(admin, jorisId, now);
    expect(view?.therapist.displayName).toBe("Joris Bakker");
    expect(view?.choices?.map((c) => c.displayName)).toEqual(["Sanne de Vries", "Joris Bakker"]);
    expect((await addWeeklyBlock(admin, jorisId, block({ weekday: 2, startTime: "13:00", endTime: "17:00" }), now)).ok).toBe(true);
    expect((await slotTimes("joris-bakker", "2026-03-31"))[0]).toBe("13:00");
    // A therapist only ever sees their own page, without a choice.
    const own = await getOpeningHours(sanne, undefined, now);
    expect(own?.therapist.displayName).toBe("Sanne de Vries");
    expect(own?.choices).toBeNull();
  });

  it("are closed to patients and to visitors without a session", async () => {
    await expect(getOpeningHours(patient, sanneId, now)).rejects.toThrow(ForbiddenError);
    await expect(addAbsence(patient, sanneId, wholeDay("2026-04-01"), now)).rejects.toThrow(ForbiddenError);
    await expect(addWeeklyBlock(null, sanneId, block(), now)).rejects.toThrow(AuthRequiredError);
  });
});

describe("absences and extra hours", () => {
  it("an absence removes the day's slots at once, warns about planned appointments, and removing it brings them back", async () => {
    // Thursday 2 April: Sanne works 12:00–20:00. A patient books 14:00 first.
    const startsAt = instantAt("2026-04-02", "14:00");
    const booked = await bookAppointment(
      { serviceSlug: "vervolgbehandeling", therapistSlug: "sanne-de-vries", startsAt, intake: intake(), idempotencyKey: "afwezig-test-sleutel-0001" },
      now,
    );
    expect(booked).toEqual({ status: "booked", duplicate: false });
    expect(await slotTimes("sanne-de-vries", "2026-04-02")).toContain("12:00");

    const result = await addAbsence(sanne, sanneId, wholeDay("2026-04-02", "Ziek"), now);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.conflicts).toHaveLength(1);
    expect(result.conflicts[0]).toMatchObject({ patientName: "Noor de Boer", serviceName: "Vervolgbehandeling" });
    expect(result.conflicts[0]!.startsAt.getTime()).toBe(startsAt.getTime());
    expect(await slotTimes("sanne-de-vries", "2026-04-02")).toEqual([]);
    // The appointment itself is left as it is: the therapist contacts the patient.
    const view = await getOpeningHours(sanne, undefined, now);
    const shown = view?.absences.find((a) => a.reason === "Ziek");
    expect(shown?.wholeDays).toBe(true);
    expect(shown?.conflicts.map((c) => c.patientName)).toEqual(["Noor de Boer"]);
    const reads = await db.select().from(auditEvents).where(and(eq(auditEvents.action, "appointment.viewed"), eq(auditEvents.recordId, result.conflicts[0]!.id)));
    expect(reads.length).toBeGreaterThanOrEqual(2);

    expect((await removeException(sanne, shown!.id)).ok).toBe(true);
    expect(await slotTimes("sanne-de-vries", "2026-04-02")).toContain("12:00");
  });

  it("a part-day absence only takes those hours; extra hours add bookable time", async () => {
    const result = await addAbsence(sanne, sanneId, { fromDate: "2026-04-07", fromTime: "08:30", toDate: "2026-04-07", toTime: "12:00", reason: "" }, now);
    expect(result.ok).toBe(true);
    const times = await slotTimes("sanne-de-vries", "2026-04-07");
    expect(times[0]).toBe("12:00");
    expect(times.at(-1)).toBe("16:30");

    expect((await addExtraHours(sanne, sanneId, { date: "2026-04-08", startTime: "18:00", endTime: "20:00", reason: "Avondspreekuur" }, now)).ok).toBe(true);
    expect(await slotTimes("sanne-de-vries", "2026-04-08")).toContain("18:00");
    const view = await getOpeningHours(sanne, undefined, now);
    expect(view?.extraHours.map((e) => wallClockAt(e.startsAt).time)).toContain("18:00");
  });

  it("refuses an absence that is already over", async () => {
    expect(await addAbsence(sanne, sanneId, wholeDay("2026-03-20"), now)).toMatchObject({ ok: false, field: "toDate" });
  });

  it("audits every change with the actor and the therapist", async () => {
    const events = await db.select().from(auditEvents).where(eq(auditEvents.action, "availability.block_added"));
    expect(events.length).toBeGreaterThanOrEqual(3);
    expect(events.every((e) => e.patientId === null && typeof e.details.therapistId === "string")).toBe(true);
  });
});
