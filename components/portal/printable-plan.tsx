import type { PlanView } from "@/lib/data/plan";
import { formatAmount, formatFrequency } from "@/lib/plans/dosage";
import { EXPECTATION_TEXT } from "@/lib/plans/expectations";
import { practice } from "@/lib/practice";
import { formatCalendarDate } from "@/lib/time/format";
import { TickGrid } from "./tick-grid";

const statusText = { done: "afgerond", current: "nu bezig", upcoming: "komt nog" } as const;

/**
 * The plan on paper: one A4 per phase (each section breaks to a new page in print), compact type so a phase
 * with ten exercises still fits, black on white.
 */
export function PrintablePlan({ plan, currentOnly = false, today }: { plan: PlanView; currentOnly?: boolean; today: string }) {
  const phases = currentOnly ? plan.phases.filter((p) => p.id === plan.currentPhaseId) : plan.phases;
  return (
    <div>
      <h1 className="sr-only">{plan.title}: afdrukversie</h1>
      {phases.map((phase) => (
        <section key={phase.id} aria-labelledby={`print-${phase.id}`} className="mb-10 break-inside-avoid print:mb-0 print:break-after-page print:text-[8.75pt] print:leading-snug">
          <header className="border-b border-line pb-2">
            <p className="text-sm text-muted print:text-[8.5pt]">
              {practice.name} · {plan.title} · fase {phase.position} van {plan.phases.length} ({statusText[phase.status]})
            </p>
            <h2 id={`print-${phase.id}`} className="text-2xl font-semibold print:text-[16pt]">
              Fase {phase.position}: {phase.title}
            </h2>
          </header>
          <p className="mt-2">{phase.goal}</p>
          <h3 className="mt-3 text-lg font-semibold print:mt-2 print:text-[10.5pt]">Oefeningen</h3>
          <ol className="mt-1 space-y-2 print:columns-2 print:gap-x-6 print:space-y-0">
            {phase.exercises.map((exercise) => (
              <li key={exercise.id} className="print:mb-1.5">
                <p>
                  <span className="font-semibold">{exercise.name}</span> — {formatAmount(exercise)}, {formatFrequency(exercise.timesPerWeek)}
                </p>
                <p>{exercise.instructions}</p>
                {exercise.cues.length ? <p className="text-muted">Let op: {exercise.cues.join(" · ")}</p> : null}
                {exercise.notes ? <p>Van je therapeut: {exercise.notes}</p> : null}
              </li>
            ))}
          </ol>
          {phase.id === plan.currentPhaseId && plan.status === "active" ? (
            <>
              <h3 className="mt-3 text-lg font-semibold print:mt-2 print:text-[10.5pt]">Afvinken: de komende weken</h3>
              <TickGrid exercises={phase.exercises} from={today} />
            </>
          ) : null}
          {phase.exitCriteria.length ? (
            <>
              <h3 className="mt-3 text-lg font-semibold print:mt-2 print:text-[10.5pt]">Door naar de volgende fase als</h3>
              <ul className="mt-1 list-disc pl-5">
                {phase.exitCriteria.map((criterion) => (
                  <li key={criterion}>{criterion}</li>
                ))}
              </ul>
            </>
          ) : null}
          <p className="mt-3 text-sm text-muted print:mt-2 print:text-[8pt]">
            {EXPECTATION_TEXT.summary} Plan gestart op {formatCalendarDate(plan.startedOn)}. Vragen? Bel {practice.phone}.
          </p>
        </section>
      ))}
    </div>
  );
}
