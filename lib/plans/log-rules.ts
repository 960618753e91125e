import { addDays } from "@/lib/time/zone";

/**
 * When a log may be written: today, or yesterday (Amsterdam dates). Yesterday stays open so a session done
 * late, or logged wrongly, can still be added or corrected the next day; older days are closed so the record
 * of what happened is not rewritten later. Logging ahead is guessing.
 */
export type LogDateProblem = "future" | "past" | "invalid";

export function logDateProblem(date: string, today: string): LogDateProblem | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) return "invalid";
  if (date > today) return "future";
  if (date < addDays(today, -1)) return "past";
  return null;
}

/**
 * The morning question ("hoe voelt het vanochtend?") is about a session of yesterday or the day before
 * (after a rest day the patient may open the portal a day later). Never about today.
 */
export function morningQuestionOpen(sessionDate: string, today: string): boolean {
  return sessionDate < today && sessionDate >= addDays(today, -2);
}
