"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { addAbsence, addExtraHours, removeException, type ExceptionChange } from "@/lib/data/staff/absences";
import type { HoursChange } from "@/lib/data/staff/hours-scope";
import { addWeeklyBlock, changeWeeklyBlock, endWeeklyBlock, removeWeeklyBlock } from "@/lib/data/staff/opening-hours";
import { formValues, invalidForm, type FormState } from "@/lib/validation/form-state";
import { absenceSchema, changeBlockSchema, endBlockSchema, extraHoursSchema, weeklyBlockSchema } from "@/lib/validation/opening-hours";
import { staffSession } from "../settings-guard";

/**
 * The opening-hours actions. Which therapist, block or absence may be changed is decided in
 * lib/data/staff/opening-hours.ts from the session; an id that is not the actor's to manage is "not found".
 */
const PAGE = "/praktijk/openingstijden";
const NOT_FOUND = "Dit onderdeel bestaat niet (meer) of valt niet onder jouw account. Er is niets gewijzigd.";

export type Notice = "werktijden-toegevoegd" | "werktijden-gewijzigd" | "werktijden-vervallen" | "werktijden-verwijderd" | "afwezigheid-toegevoegd" | "afwezigheid-met-afspraken" | "extra-uren-toegevoegd" | "verwijderd";

function refused(result: Exclude<HoursChange | ExceptionChange, { ok: true }>, formData: FormData): FormState {
  if (result.reason === "not_found") return { ok: false, message: NOT_FOUND, values: formValues(formData) };
  return {
    ok: false,
    message: result.field === "form" ? result.message : "Controleer de gemarkeerde velden.",
    fieldErrors: result.field === "form" ? undefined : { [result.field]: [result.message] },
    values: formValues(formData),
  };
}

function done(therapistId: string, notice: Notice, anchor: string): never {
  revalidatePath(PAGE);
  redirect(`${PAGE}?${new URLSearchParams({ behandelaar: therapistId, melding: notice }).toString()}#${anchor}`);
}

const field = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : undefined;
};

export async function addBlockAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const session = await staffSession(PAGE);
  const parsed = weeklyBlockSchema.safeParse({
    weekday: field(formData, "weekday"),
    startTime: field(formData, "startTime"),
    endTime: field(formData, "endTime"),
    validFrom: field(formData, "validFrom"),
    validTo: field(formData, "validTo"),
  });
  if (!parsed.success) return invalidForm(parsed.error, formData);
  const result = await addWeeklyBlock(session, field(formData, "therapistId") ?? "", parsed.data);
  if (!result.ok) return refused(result, formData);
  done(result.therapistId, "werktijden-toegevoegd", "werktijden");
}

export async function changeBlockAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const session = await staffSession(PAGE);
  const parsed = changeBlockSchema.safeParse({
    startTime: field(formData, "startTime"),
    endTime: field(formData, "endTime"),
    effectiveFrom: field(formData, "effectiveFrom"),
  });
  if (!parsed.success) return invalidForm(parsed.error, formData);
  const result = await changeWeeklyBlock(session, field(formData, "ruleId") ?? "", parsed.data);
  if (!result.ok) return refused(result, formData);
  done(result.therapistId, "werktijden-gewijzigd", "werktijden");
}

export async function endBlockAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const session = await staffSession(PAGE);
  const parsed = endBlockSchema.safeParse({ endsFrom: field(formData, "endsFrom") });
  if (!parsed.success) return invalidForm(parsed.error, formData);
  const result = await endWeeklyBlock(session, field(formData, "ruleId") ?? "", parsed.data.endsFrom);
  if (!result.ok) return refused(result, formData);
  done(result.therapistId, "werktijden-vervallen", "werktijden");
}

export async function removeBlockAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const session = await staffSession(PAGE);
  const result = await removeWeeklyBlock(session, field(formData, "ruleId") ?? "");
  if (!result.ok) return refused(result, formData);
  done(result.therapistId, "werktijden-verwijderd", "werktijden");
}

export async function addAbsenceAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const session = await staffSession(PAGE);
  const parsed = absenceSchema.safeParse({
    fromDate: field(formData, "fromDate"),
    fromTime: field(formData, "fromTime"),
    toDate: field(formData, "toDate"),
    toTime: field(formData, "toTime"),
    reason: field(formData, "reason"),
  });
  if (!parsed.success) return invalidForm(parsed.error, formData);
  const result = await addAbsence(session, field(formData, "therapistId") ?? "", parsed.data);
  if (!result.ok) return refused(result, formData);
  done(result.therapistId, result.conflicts.length > 0 ? "afwezigheid-met-afspraken" : "afwezigheid-toegevoegd", "afwezigheid");
}

export async function addExtraHoursAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const session = await staffSession(PAGE);
  const parsed = extraHoursSchema.safeParse({
    date: field(formData, "date"),
    startTime: field(formData, "startTime"),
    endTime: field(formData, "endTime"),
    reason: field(formData, "reason"),
  });
  if (!parsed.success) return invalidForm(parsed.error, formData);
  const result = await addExtraHours(session, field(formData, "therapistId") ?? "", parsed.data);
  if (!result.ok) return refused(result, formData);
  done(result.therapistId, "extra-uren-toegevoegd", "extra-uren");
}

export async function removeExceptionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const session = await staffSession(PAGE);
  const result = await removeException(session, field(formData, "exceptionId") ?? "");
  if (!result.ok) return refused(result, formData);
  done(result.therapistId, "verwijderd", field(formData, "anchor") === "extra-uren" ? "extra-uren" : "afwezigheid");
}
