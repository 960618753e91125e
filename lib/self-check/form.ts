import { z } from "zod";
import type { TriageInput, TriageResult } from "@/lib/triage";
import type { FormState } from "@/lib/validation/form-state";
import { selfCheckQuestions, type SelfCheckField } from "./questions";

/**
 * The self-check form's fields → a triage input. Every question must be answered (so the advice is
 * honest), but "weet ik niet" and its kin are answers too: they leave the field out of the input.
 */
const chooseAnswer = "Kies een antwoord.";

function answerOf(name: SelfCheckField) {
  const question = selfCheckQuestions.find((q) => q.name === name);
  if (!question) throw new RangeError(name);
  const values = question.options.map((option) => option.value) as [string, ...string[]];
  return z.enum(values, { error: chooseAnswer });
}

const yes = (value: string) => (value === "yes" ? true : value === "no" ? false : undefined);
const known = <T extends string>(value: string, allowed: readonly T[]) => ((allowed as readonly string[]).includes(value) ? (value as T) : undefined);

export const selfCheckFormSchema = z
  .object({
    location: answerOf("location"),
    onset: answerOf("onset"),
    pop: answerOf("pop"),
    visibleDent: answerOf("visibleDent"),
    weightBearing: answerOf("weightBearing"),
    swellingOrBruising: answerOf("swellingOrBruising"),
    strengthLoss: answerOf("strengthLoss"),
    walkingHard: answerOf("walkingHard"),
    crampDuration: answerOf("crampDuration"),
    crampTrend: answerOf("crampTrend"),
    crampAtMinimalEffort: answerOf("crampAtMinimalEffort"),
    oneLegMuchMore: answerOf("oneLegMuchMore"),
    noImprovementAfterRestWeek: answerOf("noImprovementAfterRestWeek"),
  })
  .transform((form): TriageInput => {
    const input: TriageInput = {
      location: known(form.location, ["left", "right", "both", "elsewhere"] as const),
      onset: known(form.onset, ["acute", "gradual"] as const),
      pop: yes(form.pop),
      visibleDent: yes(form.visibleDent),
      weightBearing: known(form.weightBearing, ["normal", "painful", "impossible"] as const),
      swellingOrBruising: yes(form.swellingOrBruising),
      strengthLoss: yes(form.strengthLoss),
      walkingHard: yes(form.walkingHard),
      crampDuration: known(form.crampDuration, ["none", "minutes", "longer"] as const),
      crampTrend: known(form.crampTrend, ["none", "stable", "increasing"] as const),
      crampAtMinimalEffort: yes(form.crampAtMinimalEffort),
      oneLegMuchMore: yes(form.oneLegMuchMore),
      noImprovementAfterRestWeek: yes(form.noImprovementAfterRestWeek),
    };
    // Unknown answers are left out entirely, not stored as undefined.
    return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as TriageInput;
  });

/** What the self-check action returns: the project's form state, plus the advice once the form is valid. */
export type SelfCheckState = FormState<SelfCheckField> & {
  result?: TriageResult;
  /** The validated answers in their text form, for the "start booking" form (never in a URL). */
  answers?: string;
};
