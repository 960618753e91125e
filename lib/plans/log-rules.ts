/**
 * When a log may be written: for today only (Amsterdam date). Logging ahead is guessing, and a past day is
 * closed so that the record of what happened is not rewritten later; today's log can be edited all day.
 */
export type LogDateProblem = "future" | "past" | "invalid";

export function logDateProblem(date: string, today: string): LogDateProblem | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) return "invalid";
  if (date > today) return "future";
  if (date < today) return "past";
  return null;
}
