import type { PatientExport } from "@/lib/data/export";
import { formatAmount, formatFrequency } from "@/lib/plans/dosage";
import { summariseLogs, type PainFigures } from "@/lib/plans/log-summary";
import { formatCalendarDate, formatCount } from "@/lib/time/format";
import { DocumentSection, DocumentTable } from "./record-sections";

/** The readable document, part two: the exercise plans with their phases, and the log summarised per phase. */
const planStatus = { active: "loopt", completed: "afgerond", stopped: "gestopt" } as const;
const phaseStatus = { done: "afgerond", current: "nu bezig", upcoming: "komt nog" } as const;

export function PlanSection({ data }: { data: PatientExport }) {
  return (
    <DocumentSection id="oefenplan" title="Oefenplan">
      {data.plans.length === 0 ? <p className="text-muted">Je hebt nog geen oefenplan.</p> : null}
      {data.plans.map((plan) => (
        <article key={plan.id} className="mt-4">
          <h3 className="text-xl font-semibold print:text-[12pt]">{plan.title}</h3>
          <p className="text-sm text-muted">
            Gestart op {formatCalendarDate(plan.startedOn)} · {planStatus[plan.status]}
            {plan.therapist ? ` · opgesteld door ${plan.therapist}` : ""}
          </p>
          {plan.phases.map((phase) => (
            <div key={phase.id} className="mt-3 break-inside-avoid">
              <h4 className="font-semibold">
                Fase {phase.position}: {phase.title} ({phaseStatus[phase.status]})
              </h4>
              <p>{phase.goal}</p>
              <ul className="mt-1 list-disc pl-5">
                {phase.exercises.map((exercise) => (
                  <li key={exercise.id}>
                    {exercise.name}: {formatAmount(exercise)}, {formatFrequency(exercise.timesPerWeek)}
                    {exercise.removedAt ? " (later uit de fase gehaald)" : ""}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </article>
      ))}
    </DocumentSection>
  );
}

const pain = (figures: PainFigures) => (figures ? `gemiddeld ${figures.average.toLocaleString("nl-NL")}, hoogst ${figures.highest}` : "–");

export function LogSection({ data }: { data: PatientExport }) {
  const summary = summariseLogs(data.exerciseLogs);
  return (
    <DocumentSection id="logboek" title="Logboek, samengevat">
      <DocumentTable
        caption="Je vastgelegde sessies per fase"
        head={["Fase", "Sessies", "Van – tot", "Oefeningen gedaan / overgeslagen", "Pijn tijdens (0–10)", "Pijn de ochtend erna (0–10)"]}
        rows={summary.map((s) => [
          s.phase,
          formatCount(s.sessions, "sessie", "sessies"),
          s.firstDate && s.lastDate ? `${formatCalendarDate(s.firstDate)} – ${formatCalendarDate(s.lastDate)}` : "–",
          `${s.exercisesDone} / ${s.exercisesSkipped}`,
          pain(s.painDuring),
          pain(s.painMorning),
        ])}
        empty="Je hebt nog geen sessies vastgelegd."
      />
      {summary.length ? <p className="mt-2 text-sm text-muted">Elke sessie apart, met je notities, staat in de download (JSON) en onder Voortgang.</p> : null}
    </DocumentSection>
  );
}
