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

/** A patient account that only the login-throttle test uses: it ends up locked for 15 minutes. */
export const throttledPatient = {
  email: "vergrendeld@inloggen.test",
  password: "dit wachtwoord klopt wel",
  userId: "f2f00000-0000-4000-8000-000000000021",
  patientId: "f2f00000-0000-4000-8000-000000000022",
} as const;
