/**
 * The portal's fixture patients (e2e/fixtures/portal.ts writes them): known ids, e-mails, passwords and the
 * activation token, so the specs (and the integration tests) can address them. Patient B's texts carry
 * BRAM_MARKER so that any leak of B's data into A's pages is easy to spot.
 */
const id = (prefix: string, n: number) => `${prefix}0000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

export const BRAM_MARKER = "Bram-privé";

export const portalPatients = {
  /** A: logs in and tries to reach B's records. Active plan in phase 2 with a week of logs. */
  anna: {
    email: "anna@portaal.test",
    password: "anna oefent elke week",
    name: "Anna de Boer",
    userId: id("a", 1),
    patientId: id("a", 2),
    planId: id("a", 3),
    /** Her own appointment, so the portal renders the cancel and reschedule forms she then tampers with. */
    appointmentId: id("a", 5),
    phasePrefix: "a",
  },
  /** B: a plan, logs, an intake, an appointment and an assessment that A must never see or change. */
  bram: {
    email: "bram@portaal.test",
    password: "bram traint voor de marathon",
    name: "Bram Smit",
    userId: id("b", 1),
    patientId: id("b", 2),
    planId: id("b", 3),
    intakeId: id("b", 4),
    appointmentId: id("b", 5),
    assessmentId: id("b", 6),
    revisionId: id("b", 7),
    phasePrefix: "b",
  },
  /** Waits for activation: has a plan, no password, and a known activation link. */
  carla: {
    email: "carla@portaal.test",
    name: "Carla Jansen",
    activationToken: "e2e-activatie-carla-0123456789abcdefghijklm",
    userId: id("c", 1),
    patientId: id("c", 2),
    planId: id("c", 3),
    phasePrefix: "c",
  },
  /** Follows the checklist on a phone: phase 2, a session yesterday whose morning score is still open. */
  eva: {
    email: "eva@portaal.test",
    password: "eva oefent op haar telefoon",
    name: "Eva Mulder",
    userId: id("e", 1),
    patientId: id("e", 2),
    planId: id("e", 3),
    phasePrefix: "e",
  },
  /** Forgets her password (the reset flow). */
  dirk: {
    email: "dirk@portaal.test",
    password: "dirk vergeet alles",
    name: "Dirk Vos",
    userId: id("d", 1),
    patientId: id("d", 2),
  },
} as const;

/** Ids inside a fixture plan: phase n (1–4) and exercise m of that phase. */
export function fixturePhaseId(prefix: string, phase: number): string {
  return id(prefix, 100 + phase);
}
export function fixturePlanExerciseId(prefix: string, phase: number, exercise: number): string {
  return id(prefix, 1000 + phase * 100 + exercise);
}
export function fixtureLogId(prefix: string, n: number): string {
  return id(prefix, 10_000 + n);
}
