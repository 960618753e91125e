import { chainLinks, type ChainLink, type LinkRating } from "@/lib/assessment/chain";

/**
 * Tailoring (issue 17, point 5), pure: the links of the chain that need work according to the latest
 * assessment — those the therapist named weak, those rated "limited" or "compensating", and the hamstring
 * when its strength is below 90% of the other leg — and, per link, the library's exercises that train it,
 * leaving out what the current phase already holds.
 */
export const SYMMETRY_TARGET = 90;

export type AssessmentSignals = { weakLinks: readonly ChainLink[]; ratings: Partial<Record<ChainLink, LinkRating | null>>; symmetryPercent: number | null };

export function linksNeedingWork(signals: AssessmentSignals): ChainLink[] {
  const need = new Set<ChainLink>(signals.weakLinks);
  for (const link of chainLinks) {
    const rating = signals.ratings[link];
    if (rating === "limited" || rating === "compensating") need.add(link);
  }
  if (signals.symmetryPercent !== null && signals.symmetryPercent < SYMMETRY_TARGET) need.add("hamstring");
  return chainLinks.filter((link) => need.has(link));
}

export type LibraryExercise = { id: string; name: string; chainLinks: readonly ChainLink[] };

export function suggestExercises(links: readonly ChainLink[], library: readonly LibraryExercise[], inPhase: ReadonlySet<string>): { link: ChainLink; exercises: LibraryExercise[] }[] {
  return links
    .map((link) => ({ link, exercises: library.filter((e) => e.chainLinks.includes(link) && !inPhase.has(e.id)) }))
    .filter((group) => group.exercises.length > 0);
}
