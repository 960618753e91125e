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

/**
 * Groups entries ordered newest first: a view joins the newest group of the same person, action and patient
 * whose first (newest) row is at most the window later, even when other events came in between. Groups keep
 * the order of their newest row.
 */
export function groupRepeatedViews<T extends Groupable>(entries: readonly T[], windowMinutes = GROUP_WINDOW_MINUTES): Grouped<T>[] {
  const groups: Grouped<T>[] = [];
  const open = new Map<string, Grouped<T>>();
  const windowMs = windowMinutes * 60_000;
  for (const entry of entries) {
    const key = isViewAction(entry.action) ? JSON.stringify([entry.actorKey, entry.action, entry.patientId]) : null;
    const group = key ? open.get(key) : undefined;
    if (group && group.first.occurredAt.getTime() - entry.occurredAt.getTime() <= windowMs) {
      group.entries.push(entry);
      group.last = entry;
      group.count += 1;
      continue;
    }
    const fresh = { first: entry, last: entry, count: 1, entries: [entry] };
    groups.push(fresh);
    if (key) open.set(key, fresh);
  }
  return groups;
}
