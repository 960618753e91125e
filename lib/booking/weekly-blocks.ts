/**
 * A therapist's weekly time blocks (availability rules) as the workspace edits them. Pure: the data layer
 * loads the blocks and passes today's date.
 *
 * Two blocks of one therapist collide when they fall on the same weekday, their times overlap (touching is
 * fine: 08:30–12:00 and 12:00–17:00) and their validity periods share at least one day.
 */
export type WeeklyBlock = { weekday: number; startTime: string; endTime: string; validFrom: string; validTo: string | null };

/** "08:30:00" (PostgreSQL `time`) or "08:30" → minutes since midnight. */
export function minutesOfTime(time: string): number {
  const [h, m] = time.split(":").map(Number) as [number, number];
  return h * 60 + m;
}

/** "08:30:00" → "08:30". */
export function shortTime(time: string): string {
  return time.slice(0, 5);
}

export function blocksCollide(a: WeeklyBlock, b: WeeklyBlock): boolean {
  if (a.weekday !== b.weekday) return false;
  const timesOverlap = minutesOfTime(a.startTime) < minutesOfTime(b.endTime) && minutesOfTime(b.startTime) < minutesOfTime(a.endTime);
  if (!timesOverlap) return false;
  const aEndsBeforeB = a.validTo !== null && a.validTo < b.validFrom;
  const bEndsBeforeA = b.validTo !== null && b.validTo < a.validFrom;
  return !aEndsBeforeB && !bEndsBeforeA;
}

/** The blocks among `existing` that `candidate` collides with. */
export function collidingBlocks<T extends WeeklyBlock>(candidate: WeeklyBlock, existing: readonly T[]): T[] {
  return existing.filter((block) => blocksCollide(candidate, block));
}

/** Where a block stands on `today`: ended (history), current, or not yet started. */
export function blockStatus(block: Pick<WeeklyBlock, "validFrom" | "validTo">, today: string): "ended" | "current" | "upcoming" {
  if (block.validTo !== null && block.validTo < today) return "ended";
  return block.validFrom > today ? "upcoming" : "current";
}

export const WEEKDAY_NAMES = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"] as const;

export function weekdayName(weekday: number): string {
  return WEEKDAY_NAMES[weekday - 1] ?? String(weekday);
}
