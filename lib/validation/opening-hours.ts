import { z } from "zod";
import { cleanLine } from "@/lib/validation/text";
import { addDays } from "@/lib/time/zone";

/**
 * The opening-hours forms of the workspace, shared by the forms and their actions. Shapes and Dutch
 * messages only; whose hours they are, overlaps and "not in the past" are checked in
 * lib/data/staff/opening-hours.ts, which knows the therapist and today's date.
 */
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function isCalendarDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && addDays(value, 0) === value;
}

const requiredDate = (missing: string) =>
  z
    .string(missing)
    .trim()
    .min(1, missing)
    .refine(isCalendarDate, "Vul een geldige datum in (dag, maand en jaar).");

const optionalDate = z
  .string()
  .trim()
  .optional()
  .transform((value) => value || null)
  .refine((value) => value === null || isCalendarDate(value), "Vul een geldige datum in (dag, maand en jaar).");

const requiredTime = (missing: string) => z.string(missing).trim().min(1, missing).regex(TIME, "Vul een tijd in als uu:mm, bijvoorbeeld 08:30.");

const optionalTime = z
  .string()
  .trim()
  .optional()
  .transform((value) => value || null)
  .refine((value) => value === null || TIME.test(value), "Vul een tijd in als uu:mm, bijvoorbeeld 08:30.");

const REASON_MAX = 200;
const reason = z
  .string()
  .optional()
  .transform((value) => cleanLine(value ?? "").trim())
  .pipe(z.string().max(REASON_MAX, `Houd de reden kort: hoogstens ${REASON_MAX} tekens.`));

const END_AFTER_START = "De eindtijd moet na de begintijd liggen.";

export const weeklyBlockSchema = z
  .object({
    weekday: z.enum(["1", "2", "3", "4", "5", "6", "7"], "Kies een dag van de week.").transform(Number),
    startTime: requiredTime("Vul de begintijd in."),
    endTime: requiredTime("Vul de eindtijd in."),
    validFrom: requiredDate("Vul in vanaf welke datum deze tijden gelden."),
    validTo: optionalDate,
  })
  .superRefine((value, ctx) => {
    if (value.endTime <= value.startTime) ctx.addIssue({ code: "custom", path: ["endTime"], message: END_AFTER_START });
    if (value.validTo !== null && value.validTo < value.validFrom) {
      ctx.addIssue({ code: "custom", path: ["validTo"], message: "De laatste dag moet op of na de eerste dag liggen." });
    }
  });
export type WeeklyBlockInput = z.output<typeof weeklyBlockSchema>;
export type WeeklyBlockField = keyof z.input<typeof weeklyBlockSchema>;

/** New times for an existing block, from a date on: the old times stay for the days before. */
export const changeBlockSchema = z
  .object({
    startTime: requiredTime("Vul de begintijd in."),
    endTime: requiredTime("Vul de eindtijd in."),
    effectiveFrom: requiredDate("Vul in vanaf welke datum de nieuwe tijden gelden."),
  })
  .superRefine((value, ctx) => {
    if (value.endTime <= value.startTime) ctx.addIssue({ code: "custom", path: ["endTime"], message: END_AFTER_START });
  });
export type ChangeBlockInput = z.output<typeof changeBlockSchema>;
export type ChangeBlockField = keyof z.input<typeof changeBlockSchema>;

/** A block stops: `endsFrom` is the first day without these hours. */
export const endBlockSchema = z.object({ endsFrom: requiredDate("Vul in vanaf welke datum deze tijden vervallen.") });
export type EndBlockField = keyof z.input<typeof endBlockSchema>;

/**
 * An absence: from a date (and time) to a date (and time). Both times empty means whole days, from the
 * start of the first day up to the end of the last.
 */
export const absenceSchema = z
  .object({
    fromDate: requiredDate("Vul de eerste dag in."),
    fromTime: optionalTime,
    toDate: requiredDate("Vul de laatste dag in."),
    toTime: optionalTime,
    reason,
  })
  .superRefine((value, ctx) => {
    if (value.toDate < value.fromDate) ctx.addIssue({ code: "custom", path: ["toDate"], message: "De laatste dag moet op of na de eerste dag liggen." });
    const both = "Vul beide tijden in, of laat ze allebei leeg voor hele dagen.";
    if (value.fromTime === null && value.toTime !== null) ctx.addIssue({ code: "custom", path: ["fromTime"], message: both });
    if (value.fromTime !== null && value.toTime === null) ctx.addIssue({ code: "custom", path: ["toTime"], message: both });
    if (value.fromTime !== null && value.toTime !== null && value.fromDate === value.toDate && value.toTime <= value.fromTime) {
      ctx.addIssue({ code: "custom", path: ["toTime"], message: END_AFTER_START });
    }
  });
export type AbsenceInput = z.output<typeof absenceSchema>;
export type AbsenceField = keyof z.input<typeof absenceSchema>;

/** Extra hours on one day, outside the weekly hours. */
export const extraHoursSchema = z
  .object({
    date: requiredDate("Vul de datum in."),
    startTime: requiredTime("Vul de begintijd in."),
    endTime: requiredTime("Vul de eindtijd in."),
    reason,
  })
  .superRefine((value, ctx) => {
    if (value.endTime <= value.startTime) ctx.addIssue({ code: "custom", path: ["endTime"], message: END_AFTER_START });
  });
export type ExtraHoursInput = z.output<typeof extraHoursSchema>;
export type ExtraHoursField = keyof z.input<typeof extraHoursSchema>;
