import { dueWeekdays, timesPerDay } from "@/lib/plans/schedule";
import { addDays, startOfIsoWeek } from "@/lib/time/zone";
import { shortDate } from "./calendar-dates";

const DAYS = ["ma", "di", "wo", "do", "vr", "za", "zo"];

/**
 * A tick-box grid for paper: per week (from this week on) a row per exercise, a box on each day it is due
 * (two for "2× per dag") and a dash on its rest days — the same days the portal's checklist asks for.
 */
export function TickGrid({ exercises, from, weeks = 4 }: { exercises: { id: string; name: string; timesPerWeek: number }[]; from: string; weeks?: number }) {
  const first = startOfIsoWeek(from);
  return (
    <div className="mt-3 space-y-3">
      {Array.from({ length: weeks }, (_, w) => {
        const weekStart = addDays(first, 7 * w);
        return (
          <table key={weekStart} className="w-full border-collapse text-left text-sm print:text-[8pt]">
            <caption className="text-left font-medium">Week van {shortDate(weekStart)}</caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-0.5 pr-2">Oefening</th>
                {DAYS.map((day) => (
                  <th key={day} scope="col" className="w-10 py-0.5 text-center">
                    {day}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {exercises.map((exercise) => {
                const due = dueWeekdays(exercise.timesPerWeek);
                return (
                  <tr key={exercise.id} className="border-b border-line">
                    <th scope="row" className="py-0.5 pr-2 font-normal">{exercise.name}</th>
                    {DAYS.map((day, i) => (
                      <td key={day} className="text-center" aria-label={due.includes(i + 1) ? `${day}: afvinken` : `${day}: rustdag`}>
                        {due.includes(i + 1) ? "☐".repeat(timesPerDay(exercise.timesPerWeek)) : "–"}
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        );
      })}
    </div>
  );
}
