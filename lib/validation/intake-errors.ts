import { intakeLabels, intakeOptions, type IntakeField } from "./intake";

/**
 * The intake's error summary: one line per question with an error, in the order the form asks them, each
 * naming its question and pointing at the field (the first option of a choice) so a link can jump there.
 */
const formOrder = [
  "complaintLocation",
  "complaintElsewhere",
  "onset",
  "since",
  "painNow",
  "painWorst",
  "stiffness",
  "strengthLoss",
  "swellingOrBruising",
  "pop",
  "visibleDent",
  "weightBearing",
  "walkingHard",
  "painfulActivities",
  "crampFrequency",
  "crampTiming",
  "crampDuration",
  "crampTrend",
  "crampAtMinimalEffort",
  "oneLegMuchMore",
  "restWeek",
  "sport",
  "weeklyTrainingHours",
  "previousInjuries",
  "previousInjuriesNote",
  "tried",
  "goals",
  "fullName",
  "email",
  "phone",
  "dateOfBirth",
  "consent",
] as const satisfies readonly IntakeField[];

/** Choice questions and the option set whose first value names the first input (`<name>-<value>`). */
const firstOption: Partial<Record<IntakeField, string>> = {
  complaintLocation: intakeOptions.complaintLocation[0].value,
  onset: intakeOptions.onset[0].value,
  stiffness: intakeOptions.stiffness[0].value,
  strengthLoss: "yes",
  swellingOrBruising: "yes",
  pop: "yes",
  visibleDent: "yes",
  weightBearing: intakeOptions.weightBearing[0].value,
  walkingHard: "yes",
  painfulActivities: intakeOptions.painfulActivities[0].value,
  crampFrequency: intakeOptions.crampFrequency[0].value,
  crampTiming: intakeOptions.crampTiming[0].value,
  crampDuration: intakeOptions.crampDuration[0].value,
  crampTrend: intakeOptions.crampTrend[0].value,
  crampAtMinimalEffort: "yes",
  oneLegMuchMore: "yes",
  restWeek: intakeOptions.restWeek[0].value,
  previousInjuries: intakeOptions.previousInjuries[0].value,
};

const questionOf = (field: IntakeField): string => (field === "consent" ? "Toestemming" : intakeLabels[field as keyof typeof intakeLabels]);

export type SummaryLine = { field: string; question: string; message: string; target: string };

export function intakeErrorSummary(errors: Record<string, string[] | undefined>): SummaryLine[] {
  const known = new Set<string>(formOrder);
  const ordered = [...formOrder, ...Object.keys(errors).filter((field) => !known.has(field))] as string[];
  return ordered.flatMap((field) => {
    const message = errors[field]?.[0];
    if (!message) return [];
    const option = firstOption[field as IntakeField];
    const question = known.has(field) ? questionOf(field as IntakeField) : "Formulier";
    return [{ field, question, message, target: option ? `${field}-${option}` : field }];
  });
}
