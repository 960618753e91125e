import { describeIntake, type IntakeField } from "./intake";

/** The intake's answers by topic, for the therapist; each group only with the questions that were answered. */
const groups: { title: string; fields: IntakeField[] }[] = [
  { title: "De klacht", fields: ["complaintLocation", "complaintElsewhere", "onset", "since", "painNow", "painWorst", "painfulActivities"] },
  { title: "Signalen bij het begin en nu", fields: ["stiffness", "strengthLoss", "swellingOrBruising", "pop", "visibleDent", "weightBearing", "walkingHard", "restWeek"] },
  { title: "Kramp", fields: ["crampFrequency", "crampTiming", "crampDuration", "crampTrend", "crampAtMinimalEffort", "oneLegMuchMore"] },
  { title: "Sport en voorgeschiedenis", fields: ["sport", "weeklyTrainingHours", "previousInjuries", "previousInjuriesNote", "tried"] },
  { title: "Doelen", fields: ["goals"] },
  { title: "Gegevens zoals ingevuld", fields: ["fullName", "email", "phone", "dateOfBirth"] },
];

export function groupedIntakeAnswers(answers: Record<string, unknown>): { title: string; pairs: { question: string; answer: string }[] }[] {
  return groups
    .map(({ title, fields }) => {
      const subset: Record<string, unknown> = {};
      for (const field of fields) if (field in answers) subset[field] = answers[field];
      return { title, pairs: describeIntake(subset) };
    })
    .filter((group) => group.pairs.length > 0);
}
