/** A therapist account without two-factor login yet (e2e/fixtures/two-factor.ts writes it). */
export const newStaff = {
  email: "nieuw.therapeut@praktijk.test",
  password: "een nieuwe therapeut in de praktijk",
  name: "Noor Nieuwenhuis",
  userId: "f2f00000-0000-4000-8000-000000000001",
  therapistId: "f2f00000-0000-4000-8000-000000000002",
} as const;

/** A patient who turns two-factor login on herself (optional for patients). */
export const optInPatient = {
  email: "pien@tweestaps.test",
  password: "pien zet een tweede slot",
  name: "Pien de Wit",
  userId: "f2f00000-0000-4000-8000-000000000011",
  patientId: "f2f00000-0000-4000-8000-000000000012",
} as const;
