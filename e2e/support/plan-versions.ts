/**
 * The plan-versions browser test's patient (e2e/fixtures/plan-versions.ts writes her): an active portal
 * account, an assessment that found the feet and ankles weak, and no plan yet.
 */
const id = (n: number) => `e6c17a00-0000-4000-8000-${String(n).padStart(12, "0")}`;

export const versionsPatient = {
  email: "ilse@versies.test",
  password: "ilse oefent op de wig",
  name: "Ilse Brouwer",
  userId: id(1),
  patientId: id(2),
  assessmentId: id(3),
  revisionId: id(4),
} as const;
