import Link from "next/link";
import { LinkButton } from "@/components/ui/button";
import { Section } from "@/components/ui/section";
import type { ExerciseMediaView } from "@/lib/data/exercise-media";
import type { PlanPhaseView, PlanView } from "@/lib/data/plan";
import { formatCalendarDate } from "@/lib/time/format";
import { ExerciseCard } from "./exercise-card";
import { ExpectationNote } from "./expectation-note";
import { PhaseStatus } from "./phase-status";
import { PhaseTimeline } from "./phase-timeline";
import { PlanChanges } from "./plan-changes";

const planStatus = { active: "Je volgt dit plan nu", completed: "Afgerond", stopped: "Gestopt" } as const;

function ExitCriteria({ phase }: { phase: PlanPhaseView }) {
  if (!phase.exitCriteria.length) return null;
  const met = new Map(phase.checklist?.map((c) => [c.criterion, c.met]));
  return (
    <section aria-labelledby={`door-${phase.id}`} className="rounded-md border border-line bg-surface p-4">
      <h3 id={`door-${phase.id}`} className="text-lg font-semibold">
        {phase.status === "done" ? "Hiermee ging je door naar de volgende fase" : "Wanneer ga je door naar de volgende fase?"}
      </h3>
      {phase.status !== "done" ? <p className="mt-1 text-muted">Je therapeut controleert samen met jou of je hieraan voldoet:</p> : null}
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {phase.exitCriteria.map((criterion, i) => (
          <li key={i}>
            {criterion}
            {met.has(criterion) ? <span className="text-muted">{met.get(criterion) ? " — gehaald" : " — nog niet gehaald"}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function CurrentPhase({ phase, canLog, media }: { phase: PlanPhaseView; canLog: boolean; media?: Map<string, ExerciseMediaView> }) {
  return (
    <section aria-labelledby="huidige-fase" className="mt-10">
      <p className="text-sm font-medium text-muted">Fase {phase.position} · nu bezig</p>
      <h2 id="huidige-fase" className="text-2xl font-semibold">
        {phase.title}
      </h2>
      <p className="mt-2 max-w-3xl">{phase.goal}</p>
      {canLog ? (
        <p className="mt-4">
          <LinkButton href="/portaal">Naar je lijst van vandaag</LinkButton>
        </p>
      ) : null}
      <h3 className="sr-only">Oefeningen in deze fase</h3>
      <div className="mt-6 grid gap-4 lg:grid-cols-2">
        {phase.exercises.map((exercise) => (
          <ExerciseCard key={exercise.id} exercise={exercise} headingLevel={4} media={media?.get(exercise.id)} />
        ))}
      </div>
      <div className="mt-6">
        <ExitCriteria phase={phase} />
      </div>
    </section>
  );
}

function OtherPhase({ phase }: { phase: PlanPhaseView }) {
  return (
    <details className="rounded-md border border-line bg-surface p-4">
      <summary className="cursor-pointer">
        <span className="font-serif text-lg font-semibold">
          Fase {phase.position}: {phase.title}
        </span>{" "}
        <PhaseStatus status={phase.status} />
      </summary>
      <p className="mt-3">{phase.goal}</p>
      <h3 className="mt-4 font-semibold">Oefeningen</h3>
      <ul className="mt-1 list-disc pl-6">
        {phase.exercises.map((exercise) => (
          <li key={exercise.id}>{exercise.name}</li>
        ))}
      </ul>
      <div className="mt-4">
        <ExitCriteria phase={phase} />
      </div>
    </details>
  );
}

/** A plan as the patient sees it: timeline, the current phase in full, the other phases folded. */
/** `media`: the therapist's own photo or video per prescribed exercise (by plan-exercise id), shown beside the drawing. */
export function PlanDetails({ plan, media }: { plan: PlanView; media?: Map<string, ExerciseMediaView> }) {
  const current = plan.phases.find((p) => p.id === plan.currentPhaseId);
  const others = plan.phases.filter((p) => p.id !== plan.currentPhaseId);
  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-semibold">{plan.title}</h1>
          <p className="mt-1 text-muted">
            {planStatus[plan.status]} · gestart op {formatCalendarDate(plan.startedOn)} · versie {plan.version}
          </p>
        </div>
        <Link href={`/portaal/plan/${plan.id}/afdrukken`} className="inline-block py-2 text-link">
          Plan afdrukken
        </Link>
      </div>
      <PlanChanges changes={plan.recentChanges} />
      <div className="mt-6">
        <PhaseTimeline phases={plan.phases} />
      </div>
      {plan.status === "active" ? (
        <div className="mt-6">
          <ExpectationNote week={plan.week} />
        </div>
      ) : null}
      {current ? <CurrentPhase phase={current} canLog={plan.status === "active"} media={media} /> : null}
      {others.length ? (
        <Section id="andere-fases" title={current ? "De andere fases" : "De fases"} className="mt-10">
          <div className="mt-4 space-y-3">
            {others.map((phase) => (
              <OtherPhase key={phase.id} phase={phase} />
            ))}
          </div>
        </Section>
      ) : null}
    </>
  );
}
