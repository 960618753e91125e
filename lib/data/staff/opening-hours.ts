import "server-only";
import { and, asc, eq, gt, ne } from "drizzle-orm";
import { db, type Transaction } from "@/db";
import { availabilityExceptions, availabilityRules, therapists } from "@/db/schema";
import { requireStaff, type SessionLike, type StaffActor } from "@/lib/auth/actor";
import { blockStatus, collidingBlocks, shortTime, weekdayName, type WeeklyBlock } from "@/lib/booking/weekly-blocks";
import { formatCalendarDate } from "@/lib/time/format";
import { addDays, wallClockAt } from "@/lib/time/zone";
import type { ChangeBlockInput, WeeklyBlockInput } from "@/lib/validation/opening-hours";
import { audit } from "../audit";
import { weeklyBlockColumns } from "../internal/query-shapes";
import { isUuid } from "../patient-scope";
import { lockTherapist } from "../therapist-lock";
import { announceOpenedHours } from "../waitlist-opened-hours";
import { conflictingAppointments, invalid, notFound, therapistInScope, today, type ConflictingAppointment, type HoursChange, type Refusal } from "./hours-scope";

/**
 * Opening hours (weekly blocks) and absences / extra hours of one therapist. A therapist manages only their
 * own; an admin anyone's. Any other therapist id, rule id or absence id is "not found" and nothing changes.
 *
 * History is kept: a block that was in force is never rewritten for days that have passed. New times from a
 * date end the old block the day before and add a new one; only a block that has not started yet can be
 * deleted. The public booking reads these rows on every request, so a change shows there at once.
 * Every change is audited (no patient record, so no patient on the event).
 *
 * This file reads the hours and changes the weekly blocks; absences.ts adds and removes absences and extra hours.
 */

function describeBlock(block: WeeklyBlock): string {
  const period = block.validTo ? `${formatCalendarDate(block.validFrom)} t/m ${formatCalendarDate(block.validTo)}` : `vanaf ${formatCalendarDate(block.validFrom)}`;
  return `${weekdayName(block.weekday)} ${shortTime(block.startTime)}–${shortTime(block.endTime)} (${period})`;
}

/** Refuses a block that collides with another of the same therapist (the lock is held by the caller). */
async function overlapRefusal(tx: Transaction, therapistId: string, candidate: WeeklyBlock, ignoreRuleId?: string): Promise<Refusal | null> {
  const others = await tx
    .select({
      ...weeklyBlockColumns,
    })
    .from(availabilityRules)
    .where(
      and(
        eq(availabilityRules.therapistId, therapistId),
        eq(availabilityRules.weekday, candidate.weekday),
        ignoreRuleId ? ne(availabilityRules.id, ignoreRuleId) : undefined,
      ),
    );
  const clashes = collidingBlocks(candidate, others);
  if (clashes.length === 0) return null;
  return invalid("startTime", `Deze tijden overlappen met ${clashes.map(describeBlock).join(" en ")}. Kies tijden die daar niet mee samenvallen.`);
}

// ---------------------------------------------------------------------------------------------------------
// Reading

export type OpeningHoursView = {
  therapist: { id: string; displayName: string };
  /** The therapists an admin can choose from; null for a therapist (only their own). */
  choices: { id: string; displayName: string }[] | null;
  today: string;
  blocks: (WeeklyBlock & { id: string; status: "ended" | "current" | "upcoming" })[];
  absences: { id: string; startsAt: Date; endsAt: Date; reason: string; wholeDays: boolean; conflicts: ConflictingAppointment[] }[];
  extraHours: { id: string; startsAt: Date; endsAt: Date; reason: string }[];
};

/**
 * The page's data for one therapist: the actor's own hours by default; an admin may name anyone. Null when
 * the named therapist is not the actor's to manage (or does not exist), or a therapist has no profile.
 * Appointments that fall in an upcoming absence are listed (patient name and time) and each such read is
 * audited.
 */
export async function getOpeningHours(session: SessionLike, therapistId?: string, now = new Date()): Promise<OpeningHoursView | null> {
  const actor = await requireStaff(session);
  const choices =
    actor.role === "admin"
      ? await db.select({ id: therapists.id, displayName: therapists.displayName }).from(therapists).orderBy(asc(therapists.sortOrder), asc(therapists.displayName))
      : null;
  const wanted = therapistId ?? actor.therapistId ?? choices?.[0]?.id;
  const therapist = await therapistInScope(db, actor, wanted);
  if (!therapist) return null;
  const { today: date, zone } = await today(db, now);

  return db.transaction(async (tx) => {
    const rules = await tx
      .select({
        id: availabilityRules.id,
        ...weeklyBlockColumns,
      })
      .from(availabilityRules)
      .where(eq(availabilityRules.therapistId, therapist.id))
      .orderBy(asc(availabilityRules.weekday), asc(availabilityRules.startTime), asc(availabilityRules.validFrom));
    const exceptions = await tx
      .select({ id: availabilityExceptions.id, kind: availabilityExceptions.kind, startsAt: availabilityExceptions.startsAt, endsAt: availabilityExceptions.endsAt, reason: availabilityExceptions.reason })
      .from(availabilityExceptions)
      .where(and(eq(availabilityExceptions.therapistId, therapist.id), gt(availabilityExceptions.endsAt, now)))
      .orderBy(asc(availabilityExceptions.startsAt));

    const absences: OpeningHoursView["absences"] = [];
    for (const absence of exceptions.filter((e) => e.kind === "absence")) {
      const conflicts = await conflictingAppointments(tx, actor, therapist.id, absence.startsAt, absence.endsAt);
      const start = wallClockAt(absence.startsAt, zone);
      const end = wallClockAt(absence.endsAt, zone);
      absences.push({ id: absence.id, startsAt: absence.startsAt, endsAt: absence.endsAt, reason: absence.reason, wholeDays: start.minutes === 0 && end.minutes === 0, conflicts });
    }
    return {
      therapist,
      choices,
      today: date,
      blocks: rules.map((rule) => ({ ...rule, startTime: shortTime(rule.startTime), endTime: shortTime(rule.endTime), status: blockStatus(rule, date) })),
      absences,
      extraHours: exceptions.filter((e) => e.kind === "extra_hours").map(({ id, startsAt, endsAt, reason }) => ({ id, startsAt, endsAt, reason })),
    };
  });
}

// ---------------------------------------------------------------------------------------------------------
// Weekly blocks

export async function addWeeklyBlock(session: SessionLike, therapistId: string, input: WeeklyBlockInput, now = new Date()): Promise<HoursChange> {
  const actor = await requireStaff(session);
  return db.transaction(async (tx) => {
    const therapist = await therapistInScope(tx, actor, therapistId);
    if (!therapist) return notFound;
    const { today: date } = await today(tx, now);
    if (input.validFrom < date) return invalid("validFrom", "Nieuwe werktijden gaan op zijn vroegst vandaag in.");
    await lockTherapist(tx, therapist.id);
    const refusal = await overlapRefusal(tx, therapist.id, input);
    if (refusal) return refusal;
    const [row] = await tx
      .insert(availabilityRules)
      .values({ therapistId: therapist.id, weekday: input.weekday, startTime: input.startTime, endTime: input.endTime, validFrom: input.validFrom, validTo: input.validTo })
      .returning({ id: availabilityRules.id });
    await audit(tx, actor, { action: "availability.block_added", recordType: "availability_rule", recordId: row!.id, details: { therapistId: therapist.id, ...input } });
    await announceOpenedHours(tx, { therapistId: therapist.id, fromDate: input.validFrom, toDate: input.validTo });
    return { ok: true, therapistId: therapist.id };
  });
}

async function ruleInScope(tx: Transaction, actor: StaffActor, ruleId: string) {
  if (!isUuid(ruleId)) return null;
  const [rule] = await tx
    .select({
      id: availabilityRules.id,
      therapistId: availabilityRules.therapistId,
      ...weeklyBlockColumns,
    })
    .from(availabilityRules)
    .where(eq(availabilityRules.id, ruleId))
    .limit(1);
  if (!rule || !(await therapistInScope(tx, actor, rule.therapistId))) return null;
  await lockTherapist(tx, rule.therapistId);
  return rule;
}

/**
 * New times for a block from `effectiveFrom` on. A block that has not started by then is changed in place;
 * otherwise it ends the day before and a new block with the new times takes over (same end date).
 */
export async function changeWeeklyBlock(session: SessionLike, ruleId: string, input: ChangeBlockInput, now = new Date()): Promise<HoursChange> {
  const actor = await requireStaff(session);
  return db.transaction(async (tx) => {
    const rule = await ruleInScope(tx, actor, ruleId);
    if (!rule) return notFound;
    const { today: date } = await today(tx, now);
    if (input.effectiveFrom < date) return invalid("effectiveFrom", "Nieuwe tijden gaan op zijn vroegst vandaag in.");
    if (rule.validTo !== null && input.effectiveFrom > rule.validTo) {
      return invalid("effectiveFrom", `Deze werktijden gelden maar tot en met ${formatCalendarDate(rule.validTo)}. Kies een eerdere datum of voeg nieuwe werktijden toe.`);
    }
    const inPlace = input.effectiveFrom <= rule.validFrom;
    const candidate = { ...rule, startTime: input.startTime, endTime: input.endTime, validFrom: inPlace ? rule.validFrom : input.effectiveFrom };
    const refusal = await overlapRefusal(tx, rule.therapistId, candidate, rule.id);
    if (refusal) return refusal;
    let newRuleId = rule.id;
    if (inPlace) {
      await tx.update(availabilityRules).set({ startTime: input.startTime, endTime: input.endTime }).where(eq(availabilityRules.id, rule.id));
    } else {
      await tx.update(availabilityRules).set({ validTo: addDays(input.effectiveFrom, -1) }).where(eq(availabilityRules.id, rule.id));
      const [row] = await tx
        .insert(availabilityRules)
        .values({ therapistId: rule.therapistId, weekday: rule.weekday, startTime: input.startTime, endTime: input.endTime, validFrom: input.effectiveFrom, validTo: rule.validTo })
        .returning({ id: availabilityRules.id });
      newRuleId = row!.id;
    }
    await audit(tx, actor, {
      action: "availability.block_changed",
      recordType: "availability_rule",
      recordId: rule.id,
      details: { therapistId: rule.therapistId, from: `${shortTime(rule.startTime)}-${shortTime(rule.endTime)}`, to: `${input.startTime}-${input.endTime}`, effectiveFrom: input.effectiveFrom, newRuleId },
    });
    // Longer hours free new times (shorter ones find no new start: the job then offers nothing).
    await announceOpenedHours(tx, { therapistId: rule.therapistId, fromDate: candidate.validFrom, toDate: rule.validTo });
    return { ok: true, therapistId: rule.therapistId };
  });
}

/**
 * A block stops: `endsFrom` is the first day without it. A block that would then have no day left (it had
 * not started yet) is deleted instead.
 */
export async function endWeeklyBlock(session: SessionLike, ruleId: string, endsFrom: string, now = new Date()): Promise<HoursChange> {
  const actor = await requireStaff(session);
  return db.transaction(async (tx) => {
    const rule = await ruleInScope(tx, actor, ruleId);
    if (!rule) return notFound;
    const { today: date } = await today(tx, now);
    if (endsFrom < date) return invalid("endsFrom", "Werktijden vervallen op zijn vroegst vandaag; eerdere dagen blijven zoals ze waren.");
    const lastDay = addDays(endsFrom, -1);
    if (rule.validTo !== null && lastDay >= rule.validTo) return invalid("endsFrom", `Deze werktijden vervallen al na ${formatCalendarDate(rule.validTo)}.`);
    if (lastDay < rule.validFrom) {
      await tx.delete(availabilityRules).where(eq(availabilityRules.id, rule.id));
    } else {
      await tx.update(availabilityRules).set({ validTo: lastDay }).where(eq(availabilityRules.id, rule.id));
    }
    await audit(tx, actor, { action: "availability.block_ended", recordType: "availability_rule", recordId: rule.id, details: { therapistId: rule.therapistId, endsFrom } });
    return { ok: true, therapistId: rule.therapistId };
  });
}

/** Deletes a block that has not started yet; one that has been in force can only be ended. */
export async function removeWeeklyBlock(session: SessionLike, ruleId: string, now = new Date()): Promise<HoursChange> {
  const actor = await requireStaff(session);
  return db.transaction(async (tx) => {
    const rule = await ruleInScope(tx, actor, ruleId);
    if (!rule) return notFound;
    const { today: date } = await today(tx, now);
    if (rule.validFrom <= date) return invalid("form", "Deze werktijden gelden al. Laat ze vervallen per een datum; de dagen ervoor blijven bewaard.");
    await tx.delete(availabilityRules).where(eq(availabilityRules.id, rule.id));
    await audit(tx, actor, { action: "availability.block_removed", recordType: "availability_rule", recordId: rule.id, details: { therapistId: rule.therapistId } });
    return { ok: true, therapistId: rule.therapistId };
  });
}
