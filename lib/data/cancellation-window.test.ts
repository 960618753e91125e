import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { appointments, outboxEmails, services } from "@/db/schema";
import { ForbiddenError } from "@/lib/auth/actor";
import { instantAt } from "@/lib/time/zone";
import { practiceRulesSchema } from "@/lib/validation/practice-rules";
import { intake, patientByEmail, seedPractice, sessionForEmail, therapistId } from "@/tests/booking-support";
import { db, withTestDatabase } from "@/tests/test-database";
import { cancelAppointment, getManagedAppointment } from "./appointment-changes";
import { bookAppointment } from "./booking";
import { getPatientRecord } from "./staff/patients";
import { readPracticeRules, updatePracticeRules } from "./staff/practice-rules";

/**
 * The cancellation window as patient, therapist and admin notice it: outside it the patient cancels with a
 * reason that the practice keeps; inside it they are told to call; the therapist sees no-shows and late
 * cancellations; the admin sets the window and the policy, which the confirmation repeats.
 */
withTestDatabase();
beforeAll(seedPractice);

const rules = (overrides: Record<string, string> = {}) =>
  practiceRulesSchema.parse({
    cancelCutoffHours: "48",
    reminderHoursBefore: "48",
    eveningReminderHour: "19",
    shortReminderHours: "3",
    waitlistOfferCount: "3",
    waitlistOfferMinutes: "30",
    whatToBring: "Een handdoek en makkelijke kleding.",
    cancellationPolicy: "Zeg je binnen twee dagen af, dan rekenen we het consult.",
    complaintsOfficer: "Praat eerst met je therapeut.",
    disputesCommittee: "Daarna beslist de commissie.",
    calendarFullNames: "nee",
    ...overrides,
  });

describe("the cancellation window", () => {
  it("is set by the admin, and the confirmation then carries the new policy", async () => {
    const admin = await sessionForEmail("admin@keten.test");
    await updatePracticeRules(admin, rules());
    expect(await readPracticeRules(admin)).toMatchObject({ cancelCutoffHours: 48, cancellationPolicy: "Zeg je binnen twee dagen af, dan rekenen we het consult." });
    await expect(updatePracticeRules(await sessionForEmail("sanne@keten.test"), rules())).rejects.toBeInstanceOf(ForbiddenError);
    expect(practiceRulesSchema.safeParse({ ...rules(), cancelCutoffHours: "200" }).success).toBe(false);

    const startsAt = instantAt("2026-04-07", "10:00");
    await bookAppointment({ serviceSlug: "bewegingsketenanalyse", therapistSlug: "sanne-de-vries", startsAt, intake: intake({ email: "venster@voorbeeld.test" }), idempotencyKey: "window-key-1-000000000" }, new Date("2026-03-30T09:00:00Z"));
    const [mail] = await db.select().from(outboxEmails).where(eq(outboxEmails.toAddress, "venster@voorbeeld.test"));
    expect(mail!.textBody).toContain("Ons annuleringsbeleid: Zeg je binnen twee dagen af, dan rekenen we het consult.");
    const token = /\/afspraak\/beheer\/([A-Za-z0-9_-]{43})/.exec(mail!.textBody)![1]!;

    // Inside the (now 48-hour) window: refused, the patient calls.
    const inside = new Date(startsAt.getTime() - 30 * 3600_000);
    expect((await getManagedAppointment({ via: "token", token }, inside))?.decision).toEqual({ allowed: false, reason: "too_late" });
    expect(await cancelAppointment({ via: "token", token }, inside, { reason: "ziek", note: "" })).toEqual({ status: "refused", reason: "too_late" });

    // Outside it: cancelled, with the reason kept for the practice.
    expect(await cancelAppointment({ via: "token", token }, new Date(startsAt.getTime() - 50 * 3600_000), { reason: "verhinderd", note: "" })).toEqual({ status: "cancelled" });
    const [row] = await db.select().from(appointments).where(eq(appointments.startsAt, startsAt));
    expect(row?.cancellationReason).toBe("patient:verhinderd");
    await updatePracticeRules(admin, rules({ cancelCutoffHours: "24" }));
  });

  it("shows the therapist a patient's no-shows and late cancellations", async () => {
    const patient = (await patientByEmail("patient@keten.test"))!;
    const [service] = await db.select({ id: services.id }).from(services).limit(1);
    const base = { therapistId: await therapistId("joris-bakker"), patientId: patient.id, serviceId: service!.id };
    const day = (d: string, h: string) => instantAt(d, h);
    await db.insert(appointments).values([
      { ...base, startsAt: day("2025-06-02", "09:00"), endsAt: day("2025-06-02", "09:30"), status: "no_show" },
      { ...base, startsAt: day("2025-06-09", "09:00"), endsAt: day("2025-06-09", "09:30"), status: "cancelled", cancelledAt: day("2025-06-09", "07:00"), cancellationReason: "staff:phone" },
      { ...base, startsAt: day("2025-06-16", "09:00"), endsAt: day("2025-06-16", "09:30"), status: "cancelled", cancelledAt: day("2025-06-10", "07:00"), cancellationReason: "patient:ziek" },
    ]);
    const record = await getPatientRecord(await sessionForEmail("sanne@keten.test"), patient.id);
    expect(record?.attendance).toEqual({ noShows: 1, lateCancellations: 1, cancelCutoffHours: 24 });
  });
});
