"use client";

import { useActionState } from "react";
import { SelectField, TextAreaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { Checklist, ChecklistExercise } from "@/lib/data/session-log";
import { formatAmount, formatDetails, formatFrequency } from "@/lib/plans/dosage";
import type { FormState } from "@/lib/validation/form-state";
import { ExerciseTimer } from "./exercise-timer";
import { useQueuedSave } from "./offline-queue";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

const painOptions = Array.from({ length: 11 }, (_, n) => ({
  value: String(n),
  label: n === 0 ? "0 – geen pijn" : n === 10 ? "10 – ergste pijn die je je kunt voorstellen" : String(n),
}));

const choices = [
  { value: "gedaan", label: "Gedaan", saved: "done" },
  { value: "aangepast", label: "Gedaan, aangepast", saved: "modified" },
  { value: "makkelijker", label: "Makkelijkere variant", saved: "easier" },
  { value: "overgeslagen", label: "Overgeslagen", saved: "skipped" },
] as const;

const efforts = [
  { value: "te-licht", label: "Te licht", saved: "too_light" },
  { value: "goed", label: "Goed", saved: "right" },
  { value: "te-zwaar", label: "Te zwaar", saved: "too_heavy" },
] as const;

function ExerciseRow({ exercise, typed, typedEffort, errors }: { exercise: ChecklistExercise; typed: string | undefined; typedEffort: string | undefined; errors?: string[] }) {
  const field = `oefening:${exercise.planExerciseId}`;
  const id = `oefening-${exercise.planExerciseId}`;
  const selected = typed ?? choices.find((c) => c.saved === exercise.saved)?.value;
  // The easier variant is offered only where the library names one.
  const offered = choices.filter((c) => c.value !== "makkelijker" || exercise.easier);
  return (
    <li className="rounded-md border border-line bg-surface p-3">
      <fieldset aria-describedby={exercise.easier ? `${id}-dosis ${id}-variant` : `${id}-dosis`}>
        <legend className="font-semibold">{exercise.name}</legend>
        <div className="mt-1 flex items-start gap-3">
          {exercise.illustration ? (
            // eslint-disable-next-line @next/next/no-img-element -- a small static SVG; next/image adds nothing here
            <img src={exercise.illustration.src} alt="" width={64} height={48} className="h-12 w-16 shrink-0 rounded border border-line bg-white object-contain" />
          ) : null}
          <p id={`${id}-dosis`} className="min-w-0 text-sm text-muted">
            {formatAmount(exercise)} · {formatFrequency(exercise.timesPerWeek)}
            {exercise.timesToday > 1 ? ` (vandaag ${exercise.timesToday} keer)` : ""}
            {formatDetails(exercise) ? ` · ${formatDetails(exercise)}` : ""}
          </p>
        </div>
        <ExerciseTimer name={exercise.name} sets={exercise.sets} seconds={exercise.holdSeconds ?? (exercise.durationMinutes ? exercise.durationMinutes * 60 : null)} restSeconds={exercise.restSeconds} />
        <div className="mt-2 flex flex-wrap gap-2">
          {offered.map((choice) => (
            <label key={choice.value} className="flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-line px-3 py-2 has-[:checked]:border-brand has-[:checked]:bg-brand-soft">
              <input type="radio" name={field} value={choice.value} defaultChecked={selected === choice.value} className="size-5 accent-brand" />
              {choice.label}
            </label>
          ))}
        </div>
        {exercise.easier ? (
          <p id={`${id}-variant`} className="mt-1 text-sm text-muted">
            Makkelijkere variant voor vandaag: <span className="font-medium text-ink">{exercise.easier.name}</span>. {exercise.easier.summary}
          </p>
        ) : null}
        <label className="mt-2 flex items-center gap-2 text-sm">
          <span>Hoe zwaar voelde het?</span>
          <select
            name={`zwaarte:${exercise.planExerciseId}`}
            defaultValue={typedEffort ?? efforts.find((e) => e.saved === exercise.savedEffort)?.value ?? ""}
            className="min-h-11 rounded-md border border-line bg-surface px-2"
          >
            <option value="">Niet ingevuld</option>
            {efforts.map((effort) => (
              <option key={effort.value} value={effort.value}>
                {effort.label}
              </option>
            ))}
          </select>
        </label>
        {errors?.length ? <p className="mt-1 text-sm font-medium text-alert">{errors.join(" ")}</p> : null}
      </fieldset>
    </li>
  );
}

/**
 * The day's checklist: per exercise gedaan / aangepast / overgeslagen with nothing chosen in advance, pain
 * during the session once, a note, and the morning question about the previous session; one save. Works
 * without JavaScript; after an error the choices made are shown again.
 */
export function TodayChecklist({ checklist, action, dayLabel }: { checklist: Checklist; action: Action; dayLabel: string }) {
  // Offline, a save is queued on the phone and sent once back online, stored once by its key (decision 021).
  const { save, sent } = useQueuedSave(action);
  const [state, formAction] = useActionState(save, { ok: false });
  const values = state.ok ? undefined : state.values;
  const errors = state.fieldErrors;
  const painValue = (name: "painDuring" | "morningPain", saved: number | null | undefined) => values?.[name] ?? (saved ?? "").toString();
  const formKey = JSON.stringify([values ?? null, checklist.day?.updatedAt ?? null, [...checklist.due, ...checklist.other].map((e) => [e.saved, e.savedEffort])]);
  const restDay = checklist.due.length === 0;
  const list = (items: ChecklistExercise[]) => (
    <ul className="mt-3 space-y-3">
      {items.map((exercise) => (
        <ExerciseRow
          key={exercise.planExerciseId}
          exercise={exercise}
          typed={values?.[`oefening:${exercise.planExerciseId}`]}
          typedEffort={values?.[`zwaarte:${exercise.planExerciseId}`]}
          errors={errors?.[`oefening:${exercise.planExerciseId}`]}
        />
      ))}
    </ul>
  );
  return (
    <div>
      <FormMessage state={sent ?? state} />
      <form key={formKey} action={formAction} noValidate className="space-y-6">
        <input type="hidden" name="logDate" value={checklist.date} />
        {checklist.morningQuestion ? (
          <div className="rounded-md border border-brand bg-brand-soft p-4">
            <input type="hidden" name="morningFor" value={checklist.morningQuestion.sessionDate} />
            <SelectField
              id="morningPain"
              name="morningPain"
              label="Hoe voelt het vanochtend?"
              hint="Over je vorige sessie: 0 is geen pijn, 10 de ergste pijn. Zo weet je of je kunt opbouwen."
              options={painOptions}
              placeholder="Kies een getal"
              defaultValue={painValue("morningPain", null)}
              errors={errors?.morningPain}
            />
          </div>
        ) : null}

        <section aria-labelledby="te-doen">
          <h2 id="te-doen" className="text-xl font-semibold">
            {restDay ? `${dayLabel} is een rustdag` : `Op je lijst voor ${dayLabel.toLowerCase()}`}
          </h2>
          {restDay ? <p className="mt-1">Er staat niets op je schema. Toch geoefend? Kies hieronder wat je deed.</p> : list(checklist.due)}
          {errors?.exercises ? <p className="mt-2 font-medium text-alert">{errors.exercises.join(" ")}</p> : null}
        </section>

        {checklist.other.length ? (
          <details open={restDay} className="rounded-md border border-line p-3">
            <summary className="cursor-pointer font-medium">Andere oefeningen uit deze fase ({checklist.other.length})</summary>
            {list(checklist.other)}
          </details>
        ) : null}

        <SelectField
          id="painDuring"
          name="painDuring"
          label="Pijn tijdens het oefenen"
          hint={checklist.phase.painFree ? "In deze fase oefen je pijnvrij: 0 is het doel." : `Tot ${checklist.phase.maxDuring} is in deze fase goed, als het morgenochtend weer gezakt is.`}
          options={painOptions}
          placeholder="Niet ingevuld"
          defaultValue={painValue("painDuring", checklist.day?.painDuring)}
          errors={errors?.painDuring}
        />
        <TextAreaField
          id="note"
          name="note"
          label="Notitie (mag leeg blijven)"
          hint="Wat pas je aan, wat viel op?"
          rows={2}
          maxLength={1000}
          defaultValue={values?.note ?? checklist.day?.note ?? ""}
          errors={errors?.note}
        />
        <SubmitButton pendingLabel="Bezig met opslaan…" className="w-full sm:w-auto">
          Opslaan
        </SubmitButton>
      </form>
    </div>
  );
}
