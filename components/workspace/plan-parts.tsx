import { CaptionedTable } from "@/components/ui/captioned-table";
import { formatPercent } from "@/lib/assessment/symmetry";
import type { CriterionCheck } from "@/lib/plans/criteria";
import { formatAmount, formatFrequency } from "@/lib/plans/dosage";
import type { StaffPlanExercise } from "@/lib/data/staff/plans";
import { formatCalendarDate } from "@/lib/time/format";

/** Small read-only parts of the plan builder's pages. */
export const phaseStatusLabels = { done: "Afgerond", current: "Huidige fase", upcoming: "Nog niet begonnen" } as const;
const statusStyles = { done: "bg-ok-soft text-ok", current: "bg-brand-soft text-brand", upcoming: "bg-surface text-muted border border-line" } as const;

export function PhaseStatusBadge({ status }: { status: keyof typeof phaseStatusLabels }) {
  return <span className={`rounded px-2 py-0.5 text-sm font-medium ${statusStyles[status]}`}>{phaseStatusLabels[status]}</span>;
}

/** "laatste meting: 87% (beoordeling van maandag 2 maart 2026) — gehaald" for a numeric criterion. */
export function measurementNote(check: CriterionCheck): string | null {
  if (!check.numeric) return null;
  if (check.numeric.kind !== "strength_symmetry") {
    const name = check.numeric.kind === "psk_average" ? "PSK-gemiddelde" : "NPRS";
    if (!check.outcome) return `Nog geen ${name} ingevuld.`;
    const value = check.outcome.value.toLocaleString("nl-NL", { maximumFractionDigits: 1 });
    return `Laatste ${name}: ${value} (ingevuld op ${formatCalendarDate(check.outcome.measuredOn)}), ${check.metByMeasurement ? "gehaald" : `nog niet gehaald (doel hoogstens ${check.numeric.max.toLocaleString("nl-NL")})`}.`;
  }
  if (!check.measurement) return "Nog geen krachtmeting van beide benen in een beoordeling.";
  const verdict = check.metByMeasurement ? "gehaald" : `nog niet gehaald (doel ${formatPercent(check.numeric.thresholdPercent)})`;
  return `Laatste meting: ${formatPercent(check.measurement.percent)} (beoordeling van ${formatCalendarDate(check.measurement.assessedOn)}), ${verdict}.`;
}

export function CriteriaChecklist({ checks }: { checks: CriterionCheck[] }) {
  if (checks.length === 0) return <p className="text-muted">Geen criteria vastgelegd.</p>;
  return (
    <ul className="list-disc space-y-1 pl-5">
      {checks.map((check, index) => {
        const note = measurementNote(check);
        return (
          <li key={`${index}-${check.criterion}`}>
            {check.criterion}
            {note ? <span className={`block text-sm ${check.metByMeasurement ? "text-ok" : "text-muted"}`}>{note}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}

export function ExerciseTable({ exercises, caption }: { exercises: StaffPlanExercise[]; caption: string }) {
  if (exercises.length === 0) return <p className="text-muted">Nog geen oefeningen in deze fase.</p>;
  return (
    <CaptionedTable caption={caption} columns={["Oefening", "Dosering", "Toelichting"]} className="min-w-[32rem]">
      {exercises.map((exercise) => (
        <tr key={exercise.id} className="border-b border-line align-top">
          <th scope="row" className="py-2 pr-4 font-medium">
            {exercise.name}
            {exercise.retired ? <span className="block text-sm font-normal text-muted">Niet meer in de bibliotheek</span> : null}
          </th>
          <td className="py-2 pr-4">
            {formatAmount(exercise)}, {formatFrequency(exercise.timesPerWeek)}
          </td>
          <td className="py-2">{exercise.notes || <span className="text-muted">—</span>}</td>
        </tr>
      ))}
    </CaptionedTable>
  );
}
