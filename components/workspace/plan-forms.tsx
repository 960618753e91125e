"use client";

import { useActionState } from "react";
import { CheckboxField, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/validation/form-state";
import { frequencyOptions } from "@/lib/plans/dosage";
import { CHECK_NOTE_MAX, CRITERION_MAX, DOSAGE_LIMITS, DOSAGE_NOTES_MAX, DOSAGE_TEXT_MAX, PHASE_GOAL_MAX, PHASE_TITLE_MAX } from "@/lib/validation/plan";

/** The plan builder's forms with fields. Each works without JavaScript and keeps what was typed on an error. */
type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export function PhaseForm({ action, defaults }: { action: Action; defaults: { title: string; goal: string; exitCriteria: string[] } }) {
  const [state, formAction] = useActionState(action, { ok: false });
  const values = state.values;
  const errors = state.fieldErrors ?? {};
  return (
    <div>
      <FormMessage state={state} />
      <form action={formAction} noValidate className="space-y-4">
        <TextField name="title" label="Titel van de fase" maxLength={PHASE_TITLE_MAX} required defaultValue={values?.title ?? defaults.title} errors={errors.title} />
        <TextAreaField name="goal" label="Doel" rows={4} maxLength={PHASE_GOAL_MAX} defaultValue={values?.goal ?? defaults.goal} errors={errors.goal} />
        <TextAreaField
          name="exitCriteria"
          label="Criteria om door te gaan"
          hint={`Eén criterium per regel, hoogstens ${CRITERION_MAX} tekens. Een krachtcriterium zoals "≥ 90% kracht t.o.v. andere been" wordt getoetst aan de laatste beoordeling.`}
          rows={5}
          defaultValue={values?.exitCriteria ?? defaults.exitCriteria.join("\n")}
          errors={errors.exitCriteria}
        />
        <SubmitButton pendingLabel="Bezig met opslaan…">Fase opslaan</SubmitButton>
      </form>
    </div>
  );
}

export type DosageDefaults = {
  sets: number;
  reps: number | null;
  holdSeconds: number | null;
  durationMinutes: number | null;
  side: "each_side" | "left" | "right" | null;
  load: string;
  tempo: string;
  restSeconds: number | null;
  timesPerWeek: number;
  notes: string;
};

const sideChoices = [
  { value: "per-kant", label: "Per kant", stored: "each_side" },
  { value: "links", label: "Alleen links", stored: "left" },
  { value: "rechts", label: "Alleen rechts", stored: "right" },
] as const;

export function DosageForm({ action, defaults, idPrefix, exerciseName }: { action: Action; defaults: DosageDefaults; idPrefix: string; exerciseName: string }) {
  const [state, formAction] = useActionState(action, { ok: false });
  const values = state.values;
  const errors = state.fieldErrors ?? {};
  const value = (field: "sets" | "reps" | "holdSeconds" | "durationMinutes" | "restSeconds" | "timesPerWeek") =>
    values?.[field] ?? (defaults[field] === null ? "" : String(defaults[field]));
  const side = values?.side ?? sideChoices.find((c) => c.stored === defaults.side)?.value ?? "";
  return (
    <div>
      <FormMessage state={state} />
      <form action={formAction} noValidate className="space-y-3">
        <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
          <TextField id={`${idPrefix}-sets`} name="sets" label="Sets" inputMode="numeric" hint={`${DOSAGE_LIMITS.sets[0]}–${DOSAGE_LIMITS.sets[1]}`} defaultValue={value("sets")} errors={errors.sets} />
          <TextField id={`${idPrefix}-reps`} name="reps" label="Herhalingen" inputMode="numeric" hint="Leeg: alleen vasthouden" defaultValue={value("reps")} errors={errors.reps} />
          <TextField
            id={`${idPrefix}-hold`}
            name="holdSeconds"
            label="Seconden vasthouden"
            inputMode="numeric"
            hint="Leeg: alleen herhalingen"
            defaultValue={value("holdSeconds")}
            errors={errors.holdSeconds}
          />
          <TextField
            id={`${idPrefix}-minutes`}
            name="durationMinutes"
            label="Minuten"
            inputMode="numeric"
            hint="Wandelen, fietsen, warming-up"
            defaultValue={value("durationMinutes")}
            errors={errors.durationMinutes}
          />
          <SelectField
            id={`${idPrefix}-times`}
            name="timesPerWeek"
            label="Hoe vaak"
            options={frequencyOptions}
            defaultValue={value("timesPerWeek")}
            errors={errors.timesPerWeek}
          />
          <SelectField
            id={`${idPrefix}-side`}
            name="side"
            label="Kant"
            options={sideChoices.map(({ value, label }) => ({ value, label }))}
            placeholder="Geen kant"
            defaultValue={side}
            errors={errors.side}
          />
          <TextField id={`${idPrefix}-load`} name="load" label="Belasting" hint="Bijv. 2 kg, licht elastiek" maxLength={DOSAGE_TEXT_MAX} defaultValue={values?.load ?? defaults.load} errors={errors.load} />
          <TextField id={`${idPrefix}-tempo`} name="tempo" label="Tempo" hint="Bijv. 3 tellen omlaag" maxLength={DOSAGE_TEXT_MAX} defaultValue={values?.tempo ?? defaults.tempo} errors={errors.tempo} />
          <TextField id={`${idPrefix}-rest`} name="restSeconds" label="Rust (seconden)" hint="Tussen de sets" inputMode="numeric" defaultValue={value("restSeconds")} errors={errors.restSeconds} />
        </div>
        <TextField id={`${idPrefix}-notes`} name="notes" label="Toelichting voor de patiënt (mag leeg blijven)" maxLength={DOSAGE_NOTES_MAX} defaultValue={values?.notes ?? defaults.notes} errors={errors.notes} />
        <SubmitButton variant="secondary" pendingLabel="Bezig met opslaan…" aria-label={`Dosering van ${exerciseName} opslaan`}>
          Dosering opslaan
        </SubmitButton>
      </form>
    </div>
  );
}

export function AddExerciseForm({ action, options }: { action: Action; options: { value: string; label: string }[] }) {
  const [state, formAction] = useActionState(action, { ok: false });
  return (
    <div>
      <FormMessage state={state} />
      <form key={state.ok ? state.message : "form"} action={formAction} noValidate className="flex flex-wrap items-end gap-3">
        <SelectField
          name="exerciseId"
          label="Oefening uit de bibliotheek"
          options={options}
          placeholder="Kies een oefening"
          defaultValue={state.values?.exerciseId ?? ""}
          errors={state.fieldErrors?.exerciseId}
          className="min-w-0 flex-1 basis-64"
        />
        <SubmitButton pendingLabel="Bezig met toevoegen…">Toevoegen</SubmitButton>
      </form>
    </div>
  );
}

export type AdvanceCriterion = { criterion: string; suggestedMet: boolean; measurementNote: string | null };

export function AdvanceForm({ action, criteria, nextPhaseTitle }: { action: Action; criteria: AdvanceCriterion[]; nextPhaseTitle: string | null }) {
  const [state, formAction] = useActionState(action, { ok: false });
  const values = state.values;
  const errors = state.fieldErrors ?? {};
  const formKey = JSON.stringify(values ?? {});
  return (
    <div>
      <FormMessage state={state} />
      <form key={formKey} action={formAction} noValidate className="space-y-6">
        {criteria.length > 0 ? (
          <fieldset className="space-y-4">
            <legend className="text-xl font-semibold">Criteria om door te gaan</legend>
            {criteria.map((item, index) => (
              <div key={`${index}-${item.criterion}`} className="rounded-md border border-line bg-surface p-4">
                <CheckboxField
                  id={`met-${index}`}
                  name={`met-${index}`}
                  value="ja"
                  label={<span className="font-medium">{item.criterion}</span>}
                  hint={item.measurementNote ?? undefined}
                  defaultChecked={values ? values[`met-${index}`] === "ja" : item.suggestedMet}
                />
                <TextField
                  id={`note-${index}`}
                  name={`note-${index}`}
                  label="Notitie (mag leeg blijven)"
                  maxLength={CHECK_NOTE_MAX}
                  defaultValue={values?.[`note-${index}`] ?? ""}
                  errors={errors[`note-${index}`]}
                  className="mt-3"
                />
              </div>
            ))}
          </fieldset>
        ) : (
          <p className="text-muted">Deze fase heeft geen criteria om te toetsen.</p>
        )}
        <fieldset className="rounded-md border border-accent bg-accent-soft p-4">
          <legend className="px-1 font-semibold">Niet alles gehaald?</legend>
          <CheckboxField
            name="override"
            value="ja"
            label="Toch doorzetten, ook al zijn niet alle criteria gehaald"
            defaultChecked={values?.override === "ja"}
          />
          <TextAreaField
            name="overrideReason"
            label="Reden om toch door te zetten"
            hint="Verplicht als je toch doorzet. De reden komt bij de criteria die niet gehaald zijn."
            rows={2}
            maxLength={CHECK_NOTE_MAX}
            defaultValue={values?.overrideReason ?? ""}
            errors={errors.overrideReason}
            className="mt-3"
          />
        </fieldset>
        <SubmitButton pendingLabel="Bezig met doorzetten…">{nextPhaseTitle ? `Doorzetten naar ${nextPhaseTitle}` : "Laatste fase afronden en plan voltooien"}</SubmitButton>
      </form>
    </div>
  );
}
