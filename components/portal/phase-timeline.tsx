import type { PlanPhaseView } from "@/lib/data/plan";
import { formatCalendarDate } from "@/lib/time/format";
import { PhaseStatus } from "./phase-status";

/** The plan's phases in order, as a timeline: done, current, upcoming. */
export function PhaseTimeline({ phases }: { phases: PlanPhaseView[] }) {
  return (
    <ol className="grid gap-3 md:grid-cols-4" aria-label="Fases van je plan">
      {phases.map((phase) => (
        <li
          key={phase.id}
          aria-current={phase.status === "current" ? "step" : undefined}
          className={`rounded-md border p-4 ${phase.status === "current" ? "border-brand bg-brand-soft shadow-sm" : "border-line bg-surface"}`}
        >
          <p className="text-sm text-muted">Fase {phase.position}</p>
          <p className="font-serif text-lg font-semibold">{phase.title}</p>
          <p className="mt-2">
            <PhaseStatus status={phase.status} />
          </p>
          {phase.status === "done" && phase.completedOn ? (
            <p className="mt-2 text-sm text-muted">Afgerond op {formatCalendarDate(phase.completedOn)}</p>
          ) : phase.status === "current" && phase.startedOn ? (
            <p className="mt-2 text-sm text-muted">Begonnen op {formatCalendarDate(phase.startedOn)}</p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
