/**
 * Repeated views shown as one line (issue 17, point 8): the same person viewing the same kind of record of
 * the same patient again within a few minutes is one line with a count. The rows themselves stay in the
 * log; this only groups what is shown. Changes are never grouped: each one is a line. Pure.
 */
export const GROUP_WINDOW_MINUTES = 10;

export type Groupable = { occurredAt: Date; actorKey: string | null; action: string; patientId: string | null };

export type Grouped<T extends Groupable> = { first: T; last: T; count: number; entries: T[] };

/** Whether an action only reads (a view, a list, a download); those repeat and may be grouped. */
export function isViewAction(action: string): boolean {
  return /\.(viewed|listed|form_viewed)$/.test(action) || action.startsWith("read_") || action === "audit.viewed";
}

/** Groups entries ordered newest first; a group spans at most the window between its newest and oldest row. */
export function groupRepeatedViews<T extends Groupable>(entries: readonly T[], windowMinutes = GROUP_WINDOW_MINUTES): Grouped<T>[] {
  const groups: Grouped<T>[] = [];
  const windowMs = windowMinutes * 60_000;
  for (const entry of entries) {
    const open = groups.at(-1);
    if (
      open &&
      isViewAction(entry.action) &&
      open.first.action === entry.action &&
      open.first.actorKey === entry.actorKey &&
      open.first.patientId === entry.patientId &&
      open.first.occurredAt.getTime() - entry.occurredAt.getTime() <= windowMs
    ) {
      open.entries.push(entry);
      open.last = entry;
      open.count += 1;
      continue;
    }
    groups.push({ first: entry, last: entry, count: 1, entries: [entry] });
  }
  return groups;
}
