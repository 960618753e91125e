/**
 * The one valid booking intake of the tests: calm answers (no warning signs), as a visitor types them into
 * the intake form, by field name. Unit and integration tests, the authorization matrix and its fuzzers, the
 * proofs and the bench all start from it; each changes only what it is about (a name, an e-mail, one answer).
 * Plain data, no imports: the proofs and the bench load it outside the app. The form adds `formVersion`.
 */
export const CALM_INTAKE = {
  fullName: "Noor de Boer",
  email: "noor@voorbeeld.test",
  phone: "06 12345678",
  dateOfBirth: "1991-04-03",
  complaintLocation: "left",
  onset: "gradual",
  since: "one_to_four_weeks",
  painNow: "3",
  painWorst: "6",
  stiffness: "mornings",
  strengthLoss: "no",
  swellingOrBruising: "no",
  pop: "no",
  visibleDent: "no",
  weightBearing: "normal",
  walkingHard: "no",
  crampFrequency: "never",
  oneLegMuchMore: "no",
  restWeek: "not_rested",
  sport: "Hardlopen",
  weeklyTrainingHours: "5",
  previousInjuries: "none",
  goals: "De halve marathon in april uitlopen.",
  consent: "yes",
} as const satisfies Record<string, string>;

export type IntakeFields = Record<string, string | string[]>;

/** The calm intake's fields with some answers changed (a list for a group of checkboxes). */
export function intakeFields(overrides: IntakeFields = {}): IntakeFields {
  return { ...CALM_INTAKE, ...overrides };
}

/** The same, for callers that post single values only (the matrix, the proofs). */
export function intakeTextFields(overrides: Record<string, string> = {}): Record<string, string> {
  return { ...CALM_INTAKE, ...overrides };
}
