import { triage, type TriageInput, type TriageResult } from "@/lib/triage";
import type { IntakeAnswers } from "@/lib/validation/intake";

/**
 * The intake's answers in the terms of the shared triage module (lib/triage), and the self-check's answers
 * back into intake fields. The rules themselves live only in lib/triage.
 */
export function triageInputFromIntake(answers: IntakeAnswers): TriageInput {
  const cramps = answers.crampFrequency !== "never";
  return {
    location: answers.complaintLocation,
    onset: answers.onset,
    pop: answers.pop,
    visibleDent: answers.visibleDent,
    weightBearing: answers.weightBearing,
    swellingOrBruising: answers.swellingOrBruising,
    strengthLoss: answers.strengthLoss,
    walkingHard: answers.walkingHard,
    crampDuration: cramps ? answers.crampDuration : "none",
    crampTrend: cramps ? answers.crampTrend : "none",
    ...(cramps && answers.crampAtMinimalEffort !== undefined ? { crampAtMinimalEffort: answers.crampAtMinimalEffort } : {}),
    oneLegMuchMore: answers.oneLegMuchMore,
    ...(answers.restWeek === "not_rested" ? {} : { noImprovementAfterRestWeek: answers.restWeek === "not_better" }),
  };
}

export type IntakeTriage = TriageResult & { flagCodes: string[] };

export function triageIntake(answers: IntakeAnswers): IntakeTriage {
  const result = triage(triageInputFromIntake(answers));
  return { ...result, flagCodes: result.flags.map((flag) => flag.code) };
}

const yesNo = (value: boolean | undefined) => (value === undefined ? undefined : value ? "yes" : "no");

/** Intake form values prefilled from the self-check (only the answers it gave). */
export function intakeValuesFromSelfCheck(input: TriageInput): Record<string, string> {
  const values: Record<string, string | undefined> = {
    complaintLocation: input.location,
    onset: input.onset,
    pop: yesNo(input.pop),
    visibleDent: yesNo(input.visibleDent),
    weightBearing: input.weightBearing,
    swellingOrBruising: yesNo(input.swellingOrBruising),
    strengthLoss: yesNo(input.strengthLoss),
    walkingHard: yesNo(input.walkingHard),
    crampFrequency: input.crampDuration === "none" || input.crampTrend === "none" ? "never" : undefined,
    crampDuration: input.crampDuration && input.crampDuration !== "none" ? input.crampDuration : undefined,
    crampTrend: input.crampTrend && input.crampTrend !== "none" ? input.crampTrend : undefined,
    crampAtMinimalEffort: yesNo(input.crampAtMinimalEffort),
    oneLegMuchMore: yesNo(input.oneLegMuchMore),
    restWeek: input.noImprovementAfterRestWeek === undefined ? undefined : input.noImprovementAfterRestWeek ? "not_better" : "better",
  };
  return Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined));
}
