import type { Metadata } from "next";
import Link from "next/link";
import { LogForm } from "@/components/portal/log-form";
import { Notice } from "@/components/ui/notice";
import { getLogSheet } from "@/lib/data/exercise-logs";
import { formatAmount, formatFrequency } from "@/lib/plans/dosage";
import { formatCalendarDate, formatTime } from "@/lib/time/format";
import { portalSession } from "@/app/area-session";
import { saveLogAction } from "./actions";

export const metadata: Metadata = { title: "Sessie vastleggen" };

function SavedAt({ at }: { at: Date | undefined }) {
  return at ? <p className="text-sm text-ok">Vandaag vastgelegd om {formatTime(at)}. Je kunt het tot middernacht aanpassen.</p> : null;
}

export default async function LogSessionPage() {
  const session = await portalSession("/portaal/plan/vastleggen");
  const sheet = await getLogSheet(session);
  if (!sheet) {
    return (
      <>
        <h1 className="text-3xl font-semibold">Sessie vastleggen</h1>
        <Notice className="mt-6">Je hebt op dit moment geen oefenplan met een fase waarin je oefent. Zodra je therapeut je plan klaarzet, leg je hier je sessies vast.</Notice>
      </>
    );
  }
  return (
    <>
      <p className="text-sm font-medium text-muted">
        Fase {sheet.phase.position}: {sheet.phase.title}
      </p>
      <h1 className="text-3xl font-semibold">Sessie vastleggen</h1>
      <p className="mt-2 max-w-3xl">
        Voor vandaag, {formatCalendarDate(sheet.today)}. Leg je hele sessie in één keer vast, of per oefening. Vandaag kun je alles nog
        aanpassen; daarna staat het vast. Pijn noteer je van 0 (geen) tot 10 (ergste).
      </p>
      <p className="mt-2">
        <Link href="/portaal/plan" className="text-link">Terug naar je plan</Link>
      </p>

      <section aria-labelledby="hele-sessie" className="mt-8 rounded-md border border-brand bg-surface p-5">
        <h2 id="hele-sessie" className="text-2xl font-semibold">
          Hele sessie van vandaag
        </h2>
        <p className="mt-1 text-muted">Heb je je oefeningen gedaan? Vul dan hier in hoe het ging.</p>
        <SavedAt at={sheet.dayLog?.updatedAt} />
        <div className="mt-4">
          <LogForm action={saveLogAction} formId="dag" planExerciseId={null} logDate={sheet.today} defaults={sheet.dayLog} submitLabel="Sessie opslaan" />
        </div>
      </section>

      <section aria-labelledby="per-oefening" className="mt-10">
        <h2 id="per-oefening" className="text-2xl font-semibold">
          Per oefening
        </h2>
        <div className="mt-4 grid gap-4 lg:grid-cols-2">
          {sheet.exercises.map((exercise, index) => (
            <article key={exercise.planExerciseId} id={`oefening-${exercise.planExerciseId}`} aria-labelledby={`naam-${index}`} className="rounded-md border border-line bg-surface p-5">
              <h3 id={`naam-${index}`} className="text-xl font-semibold">
                {exercise.name}
              </h3>
              <p className="mt-1 text-muted">
                {formatAmount(exercise)}, {formatFrequency(exercise.timesPerWeek)} · deze week {exercise.doneThisWeek} van {Math.min(7, exercise.timesPerWeek)} keer gedaan
              </p>
              <SavedAt at={exercise.log?.updatedAt} />
              <div className="mt-4">
                <LogForm
                  action={saveLogAction}
                  formId={`oefening-${index}`}
                  planExerciseId={exercise.planExerciseId}
                  logDate={sheet.today}
                  defaults={exercise.log}
                  submitLabel={`${exercise.name} opslaan`}
                />
              </div>
            </article>
          ))}
        </div>
      </section>
    </>
  );
}
