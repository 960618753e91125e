import { formatAmount, formatDetails, formatFrequency } from "@/lib/plans/dosage";
import { ExerciseMedia } from "@/components/exercises/exercise-media";
import type { ExerciseMediaView } from "@/lib/data/exercise-media";
import type { PlanExerciseView } from "@/lib/data/plan";
import { ExerciseTimer } from "./exercise-timer";

/** One prescribed exercise: what, how much and how often, how to do it, and what to pay attention to. */
export function ExerciseCard({ exercise, headingLevel = 3, media }: { exercise: PlanExerciseView; headingLevel?: 3 | 4; media?: ExerciseMediaView }) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  const seconds = exercise.holdSeconds ?? (exercise.durationMinutes ? exercise.durationMinutes * 60 : null);
  return (
    <article className="rounded-md border border-line bg-surface p-4">
      <Heading className="text-xl font-semibold">{exercise.name}</Heading>
      {exercise.summary ? <p className="mt-1 text-muted">{exercise.summary}</p> : null}
      <dl className="mt-3 flex flex-wrap gap-x-6 gap-y-1">
        <div>
          <dt className="inline text-muted">Hoeveel: </dt>
          <dd className="inline font-medium">{formatAmount(exercise)}</dd>
        </div>
        {formatDetails(exercise) ? (
          <div>
            <dt className="inline text-muted">Verder: </dt>
            <dd className="inline font-medium">{formatDetails(exercise)}</dd>
          </div>
        ) : null}
        <div>
          <dt className="inline text-muted">Hoe vaak: </dt>
          <dd className="inline font-medium">{formatFrequency(exercise.timesPerWeek)}</dd>
        </div>
      </dl>
      <div className={media ? "mt-3 grid gap-3 sm:grid-cols-2" : "mt-3"}>
        {exercise.illustration ? (
          <figure>
            {/* eslint-disable-next-line @next/next/no-img-element -- a static SVG drawn for the practice; next/image adds nothing */}
            <img src={exercise.illustration.src} alt={exercise.illustration.title} width={320} height={200} loading="lazy" className="h-auto w-full max-w-md rounded border border-line bg-white" />
            <figcaption className="mt-1 text-sm text-muted">{exercise.illustration.description}</figcaption>
          </figure>
        ) : null}
        {media ? <ExerciseMedia media={media} /> : null}
      </div>
      {/* Only where there is something to time: the props of a client component are sent in the RSC payload. */}
      {seconds ? <ExerciseTimer name={exercise.name} sets={exercise.sets} seconds={seconds} restSeconds={exercise.restSeconds} /> : null}
      <p className="mt-3">{exercise.instructions}</p>
      {exercise.cues.length ? (
        <>
          <p className="mt-3 font-medium">Let op</p>
          <ul className="mt-1 list-disc space-y-1 pl-6">
            {/* Keyed by position: a cue's text as its key would be sent a second time in the RSC payload. */}
            {exercise.cues.map((cue, i) => (
              <li key={i}>{cue}</li>
            ))}
          </ul>
        </>
      ) : null}
      {exercise.notes ? (
        <p className="mt-3 rounded bg-accent-soft p-3">
          <span className="font-medium">Van je therapeut: </span>
          {exercise.notes}
        </p>
      ) : null}
    </article>
  );
}
