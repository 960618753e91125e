import type { ExercisePhase } from "../schema/plans";

/** One exercise of the practice's library as the seed writes it. */
export type SeedExercise = {
  slug: string;
  name: string;
  summary: string;
  instructions: string;
  cues: string[];
  defaultSets: number;
  defaultReps: number | null;
  defaultHoldSeconds: number | null;
  defaultDurationMinutes?: number | null;
  defaultTimesPerWeek: number;
  phaseTags: ExercisePhase[];
};
