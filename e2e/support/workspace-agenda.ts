/**
 * The agenda spec's fixture patients (e2e/fixtures/workspace-agenda.ts writes them): known ids and names so
 * the spec can find them in Sanne's agenda of today.
 */
const id = (n: number) => `e6000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

export const agendaPatients = {
  /** An intake today with Sanne whose intake has warning signs. */
  femke: { name: "Femke Dijkstra", email: "femke@agenda.test", userId: id(1), patientId: id(2), appointmentId: id(3), intakeId: id(4) },
  /** A follow-up today with Sanne, to mark attended. */
  gijs: { name: "Gijs Hoekstra", email: "gijs@agenda.test", userId: id(5), patientId: id(6), appointmentId: id(7) },
} as const;
