/**
 * The phases of the practice's hamstring plan as exercise tags, with Dutch labels. The list lives here;
 * db/schema/plans.ts builds its enum from it (not the reverse), so client components stay free of the schema.
 */
export const exercisePhases = ["protect", "load", "return_to_sport", "maintenance"] as const;
export type ExercisePhase = (typeof exercisePhases)[number];

export const phaseLabels: Record<ExercisePhase, string> = {
  protect: "Rustig opbouwen",
  load: "Kracht opbouwen",
  return_to_sport: "Terug naar sport",
  maintenance: "Onderhoud",
};

export function isExercisePhase(value: unknown): value is ExercisePhase {
  return typeof value === "string" && (exercisePhases as readonly string[]).includes(value);
}
