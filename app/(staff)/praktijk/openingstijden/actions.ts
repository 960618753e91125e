"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { addAbsence, addExtraHours, removeException, type ExceptionChange } from "@/lib/data/staff/absences";
import type { HoursChange } from "@/lib/data/staff/hours-scope";
import { addWeeklyBlock, changeWeeklyBlock, endWeeklyBlock, removeWeeklyBlock } from "@/lib/data/staff/opening-hours";
import { z } from "zod";
import { refreshPracticalPage } from "@/lib/content/home-route";
import { validatedAction } from "@/lib/actions/validated-action";
import { formValues, type FormState } from "@/lib/validation/form-state";
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
  refreshPracticalPage(); // the public opening hours
  revalidatePath(PAGE);
  redirect(`${PAGE}?${new URLSearchParams({ behandelaar: therapistId, melding: notice }).toString()}#${anchor}`);
}

const hours = { session: () => staffSession(PAGE), invalid: "Controleer de gemarkeerde velden." } as const;
// The id of the row an action is about; which rows the actor may change is decided in lib/data.
const ruleIdSchema = z.object({ ruleId: z.string().default("") });
const exceptionIdSchema = z.object({ exceptionId: z.string().default("") });

export async function addBlockAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return validatedAction(formData, {
    ...hours,
    name: "opening_hours.add_block",
    schema: weeklyBlockSchema,
    input: ["weekday", "startTime", "endTime", "validFrom", "validTo"],
    run: async (data, { session }) => {
      const result = await addWeeklyBlock(session, String(formData.get("therapistId") ?? ""), data);
      if (!result.ok) return refused(result, formData);
      done(result.therapistId, "werktijden-toegevoegd", "werktijden");
    },
  });
}

export async function changeBlockAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return validatedAction(formData, {
    ...hours,
    name: "opening_hours.change_block",
    schema: changeBlockSchema,
    input: ["startTime", "endTime", "effectiveFrom"],
    run: async (data, { session }) => {
      const result = await changeWeeklyBlock(session, String(formData.get("ruleId") ?? ""), data);
      if (!result.ok) return refused(result, formData);
      done(result.therapistId, "werktijden-gewijzigd", "werktijden");
    },
  });
}

export async function endBlockAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return validatedAction(formData, {
    ...hours,
    name: "opening_hours.end_block",
    schema: endBlockSchema,
    input: ["endsFrom"],
    run: async (data, { session }) => {
      const result = await endWeeklyBlock(session, String(formData.get("ruleId") ?? ""), data.endsFrom);
      if (!result.ok) return refused(result, formData);
      done(result.therapistId, "werktijden-vervallen", "werktijden");
    },
  });
}

export async function removeBlockAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return validatedAction(formData, {
    ...hours,
    name: "opening_hours.remove_block",
    schema: ruleIdSchema,
    input: ["ruleId"],
    run: async ({ ruleId }, { session }) => {
      const result = await removeWeeklyBlock(session, ruleId);
      if (!result.ok) return refused(result, formData);
      done(result.therapistId, "werktijden-verwijderd", "werktijden");
    },
  });
}

export async function addAbsenceAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return validatedAction(formData, {
    ...hours,
    name: "opening_hours.add_absence",
    schema: absenceSchema,
    input: ["fromDate", "fromTime", "toDate", "toTime", "reason"],
    run: async (data, { session }) => {
      const result = await addAbsence(session, String(formData.get("therapistId") ?? ""), data);
      if (!result.ok) return refused(result, formData);
      done(result.therapistId, result.conflicts.length > 0 ? "afwezigheid-met-afspraken" : "afwezigheid-toegevoegd", "afwezigheid");
    },
  });
}

export async function addExtraHoursAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return validatedAction(formData, {
    ...hours,
    name: "opening_hours.add_extra_hours",
    schema: extraHoursSchema,
    input: ["date", "startTime", "endTime", "reason"],
    run: async (data, { session }) => {
      const result = await addExtraHours(session, String(formData.get("therapistId") ?? ""), data);
      if (!result.ok) return refused(result, formData);
      done(result.therapistId, "extra-uren-toegevoegd", "extra-uren");
    },
  });
}

export async function removeExceptionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return validatedAction(formData, {
    ...hours,
    name: "opening_hours.remove_exception",
    schema: exceptionIdSchema,
    input: ["exceptionId"],
    run: async ({ exceptionId }, { session }) => {
      const result = await removeException(session, exceptionId);
      if (!result.ok) return refused(result, formData);
      done(result.therapistId, "verwijderd", formData.get("anchor") === "extra-uren" ? "extra-uren" : "afwezigheid");
    },
  });
}
