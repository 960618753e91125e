import { formatAmount, formatDetails, formatFrequency, type DosageSide } from "./dosage";

/**
 * Plan versions (issue 17, point 4): what a published version holds and what changed between two of them,
 * in Dutch for the patient ("Wat is er veranderd") and the therapist's history. Pure.
 *
 * The shape is the one the SQL function `keten_plan_snapshot` (migration 0019) builds from the live tables;
 * exercises and phases are matched by their row id, so a dosage change is a change, not a swap.
 */
/** What the therapist prescribed for one exercise: how much, how often, on which side, with their note. */
export type Prescription = {
  sets: number;
  reps: number | null;
  holdSeconds: number | null;
  durationMinutes: number | null;
  side: DosageSide | null;
  load: string;
  tempo: string;
  restSeconds: number | null;
  timesPerWeek: number;
  notes: string;
};

export type SnapshotExercise = { id: string; exerciseId: string; name: string } & Prescription;

export type SnapshotPhase = {
  id: string;
  position: number;
  title: string;
  goal: string;
  exitCriteria: string[];
  painMaxDuring: number;
  painMaxMorning: number;
  exercises: SnapshotExercise[];
};

export type PlanSnapshot = { title: string; phases: SnapshotPhase[] };

export type PlanChange =
  | { kind: "exercise_added"; phase: number; name: string; dosage: string }
  | { kind: "exercise_removed"; phase: number; name: string }
  | { kind: "dosage_changed"; phase: number; name: string; before: string; after: string }
  | { kind: "note_changed"; phase: number; name: string }
  | { kind: "order_changed"; phase: number }
  | { kind: "phase_added"; phase: number; title: string }
  | { kind: "phase_removed"; phase: number; title: string }
  | { kind: "phase_changed"; phase: number; what: "title" | "goal" | "criteria" | "pain" }
  | { kind: "title_changed"; title: string };

/** "3 × 10 herhalingen · met 2 kg, 3× per week": the whole prescription in one line. */
export function dosageLine(e: SnapshotExercise): string {
  const details = formatDetails(e);
  return `${formatAmount(e)}${details ? ` · ${details}` : ""}, ${formatFrequency(e.timesPerWeek)}`;
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((item, i) => item === b[i]);

function phaseChanges(before: SnapshotPhase, after: SnapshotPhase): PlanChange[] {
  const phase = after.position;
  const changes: PlanChange[] = [];
  if (before.title !== after.title) changes.push({ kind: "phase_changed", phase, what: "title" });
  if (before.goal !== after.goal) changes.push({ kind: "phase_changed", phase, what: "goal" });
  if (!sameList(before.exitCriteria, after.exitCriteria)) changes.push({ kind: "phase_changed", phase, what: "criteria" });
  if (before.painMaxDuring !== after.painMaxDuring || before.painMaxMorning !== after.painMaxMorning) changes.push({ kind: "phase_changed", phase, what: "pain" });
  const old = new Map(before.exercises.map((e) => [e.id, e]));
  const kept = new Set(after.exercises.map((e) => e.id));
  for (const e of after.exercises) {
    const was = old.get(e.id);
    if (!was) {
      changes.push({ kind: "exercise_added", phase, name: e.name, dosage: dosageLine(e) });
      continue;
    }
    const [b, a] = [dosageLine(was), dosageLine(e)];
    if (b !== a) changes.push({ kind: "dosage_changed", phase, name: e.name, before: b, after: a });
    if (was.notes !== e.notes) changes.push({ kind: "note_changed", phase, name: e.name });
  }
  for (const e of before.exercises) if (!kept.has(e.id)) changes.push({ kind: "exercise_removed", phase, name: e.name });
  const order = (list: SnapshotExercise[]) => list.map((e) => e.id).filter((id) => old.has(id) && kept.has(id));
  if (!sameList(order(before.exercises), order(after.exercises))) changes.push({ kind: "order_changed", phase });
  return changes;
}

/** Everything that differs between two versions, phase by phase; empty when nothing the patient sees changed. */
export function diffPlanVersions(before: PlanSnapshot, after: PlanSnapshot): PlanChange[] {
  const changes: PlanChange[] = [];
  if (before.title !== after.title) changes.push({ kind: "title_changed", title: after.title });
  const old = new Map(before.phases.map((p) => [p.id, p]));
  const kept = new Set(after.phases.map((p) => p.id));
  for (const phase of after.phases) {
    const was = old.get(phase.id);
    if (!was) {
      changes.push({ kind: "phase_added", phase: phase.position, title: phase.title });
      for (const e of phase.exercises) changes.push({ kind: "exercise_added", phase: phase.position, name: e.name, dosage: dosageLine(e) });
    } else changes.push(...phaseChanges(was, phase));
  }
  for (const phase of before.phases) if (!kept.has(phase.id)) changes.push({ kind: "phase_removed", phase: phase.position, title: phase.title });
  return changes;
}

const phaseParts = { title: "de naam van de fase is aangepast", goal: "het doel is aangepast", criteria: "de criteria om door te gaan zijn aangepast", pain: "de pijngrens is aangepast" } as const;

/** One change as a Dutch sentence for the patient. */
export function describeChange(change: PlanChange): string {
  switch (change.kind) {
    case "exercise_added":
      return `Nieuw in fase ${change.phase}: ${change.name} (${change.dosage}).`;
    case "exercise_removed":
      return `Uit fase ${change.phase} gehaald: ${change.name}.`;
    case "dosage_changed":
      return `Andere dosering voor ${change.name} in fase ${change.phase}: was ${change.before}, nu ${change.after}.`;
    case "note_changed":
      return `De toelichting bij ${change.name} in fase ${change.phase} is aangepast.`;
    case "order_changed":
      return `In fase ${change.phase} staan de oefeningen in een andere volgorde.`;
    case "phase_added":
      return `Er is een fase bijgekomen: fase ${change.phase}, ${change.title}.`;
    case "phase_removed":
      return `Fase ${change.phase} (${change.title}) is vervallen.`;
    case "phase_changed":
      return `Fase ${change.phase}: ${phaseParts[change.what]}.`;
    case "title_changed":
      return `Het plan heet nu ${change.title}.`;
  }
}
