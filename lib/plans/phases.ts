import type { ExercisePhase as SchemaExercisePhase } from "@/db/schema/plans";

/**
 * The phases of the practice's hamstring plan as exercise tags, with Dutch labels. Repeated from the schema
 * (not imported) so client components stay free of it; the assertion fails the build if they drift.
 */
export const exercisePhases = ["protect", "load", "return_to_sport", "maintenance"] as const;
export type ExercisePhase = (typeof exercisePhases)[number];
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const phasesMatchSchema: Same<ExercisePhase, SchemaExercisePhase> = true;
void phasesMatchSchema;

export const phaseLabels: Record<ExercisePhase, string> = {
  protect: "Rustig opbouwen",
  load: "Kracht opbouwen",
  return_to_sport: "Terug naar sport",
  maintenance: "Onderhoud",
};

export function isExercisePhase(value: unknown): value is ExercisePhase {
  return typeof value === "string" && (exercisePhases as readonly string[]).includes(value);
}
