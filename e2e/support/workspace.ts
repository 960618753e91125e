/**
 * Fixture data of the therapist-workspace browser tests (e2e/fixtures/workspace-*.ts write it): known ids,
 * e-mail and password so the specs and the integration tests can address them.
 */
const id = (n: number) => `e6c10000-0000-4000-8000-${String(n).padStart(12, "0")}`;

/**
 * A new patient for the clinical flow: an intake with warning signs before today's movement-chain analysis
 * with Sanne, no assessment and no plan yet, and an active portal account.
 */
export const clinicalPatient = {
  email: "fenna@werkplek.test",
  password: "fenna wil weer sprinten",
  name: "Fenna Kuipers",
  userId: id(1),
  patientId: id(2),
  appointmentId: id(3),
  intakeId: id(4),
} as const;
