"use client";

import { ChoiceGroup, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { chainLinks, GRADE_LABELS, linkHints, linkLabels, linkMeasures, linkRatings, ratingLabels } from "@/lib/assessment/chain";
import { CONCLUSION_MAX, findingsField, FINDINGS_MAX, measureField, NO_RATING, NOTES_MAX, ratingField, REASON_MAX } from "@/lib/validation/assessment";
import type { FormState } from "@/lib/validation/form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

const ratingOptions = [...linkRatings.map((rating) => ({ value: rating, label: ratingLabels[rating] })), { value: NO_RATING, label: "Niet beoordeeld" }];

/**
 * The movement-chain assessment, link by link from the ground up: a rating, findings and, where they apply,
 * left/right measures; then the grade estimate, the weak links, the conclusion and notes. Used to record a
 * new assessment and (with `amend`) to amend one into a new revision with a reason. Works without
 * JavaScript; after an error it shows what was typed, with each error next to its field.
 */
export function AssessmentForm({
  action,
  defaults,
  appointments,
  amend,
  submitLabel,
}: {
  action: Action;
  defaults: Record<string, string>;
  /** For a new assessment: the patient's appointments it can be linked to. */
  appointments?: { value: string; label: string }[];
  /** For an amendment: the revision the form was filled from. */
  amend?: { expectedRevision: number };
  submitLabel: string;
}) {
  const { state, formAction, values, errors } = useActionForm(action, defaults);
  const expectedRevision = values.expectedRevision ?? (amend ? String(amend.expectedRevision) : "");
  // Remount with the values of each answer so radios and selects show what was submitted (or the fresh data).
  const formKey = JSON.stringify(values);
  return (
    <div>
      <FormMessage state={state} />
      <form key={formKey} action={formAction} noValidate className="space-y-8">
        {amend ? <input type="hidden" name="expectedRevision" value={expectedRevision} /> : null}
        {appointments ? (
          <SelectField
            name="appointmentId"
            label="Hoort bij afspraak (mag leeg blijven)"
            options={appointments}
            placeholder="Geen afspraak"
            defaultValue={values.appointmentId ?? ""}
            errors={errors.appointmentId}
          />
        ) : null}

        {chainLinks.map((link) => (
          <fieldset key={link} className="rounded-md border border-line bg-surface p-4 sm:p-5">
            <legend className="px-1 text-xl font-semibold">{linkLabels[link]}</legend>
            <p className="text-sm text-muted">{linkHints[link]}</p>
            <div className="mt-4 grid gap-4 md:grid-cols-[14rem_1fr]">
              <ChoiceGroup
                name={ratingField(link)}
                label={`Beoordeling ${linkLabels[link].toLowerCase()}`}
                options={ratingOptions}
                defaultValue={values[ratingField(link)] || NO_RATING}
                errors={errors[ratingField(link)]}
              />
              <TextAreaField
                name={findingsField(link)}
                label={`Bevindingen ${linkLabels[link].toLowerCase()}`}
                rows={3}
                maxLength={FINDINGS_MAX}
                defaultValue={values[findingsField(link)] ?? ""}
                errors={errors[findingsField(link)]}
              />
            </div>
            {linkMeasures[link].length > 0 ? (
              <div className="mt-4 grid gap-4 sm:grid-cols-2">
                {linkMeasures[link].map((measure) => (
                  <TextField
                    key={measure.key}
                    name={measureField(link, measure.key)}
                    label={`${measure.label} (${measure.unit === "°" ? "graden" : measure.unit})`}
                    hint={`${measure.min} tot ${measure.max}${measure.decimals ? ", decimaal met komma mag" : ""}`}
                    inputMode={measure.decimals ? "decimal" : "numeric"}
                    autoComplete="off"
                    defaultValue={values[measureField(link, measure.key)] ?? ""}
                    errors={errors[measureField(link, measure.key)]}
                  />
                ))}
              </div>
            ) : null}
            {link === "hamstring" ? (
              <p className="mt-3 text-sm text-muted">
                Kracht in newton (handdynamometer, knieflexie). De symmetrie (zwakste kant gedeeld door de sterkste) wordt berekend bij het opslaan.
              </p>
            ) : null}
          </fieldset>
        ))}

        <fieldset className="rounded-md border border-line bg-surface p-4 sm:p-5">
          <legend className="px-1 text-xl font-semibold">Conclusie</legend>
          <div className="grid gap-4">
            <SelectField
              name="gradeEstimate"
              label="Geschatte graad van de blessure"
              options={([1, 2, 3] as const).map((grade) => ({ value: String(grade), label: GRADE_LABELS[grade] }))}
              placeholder="Niet geschat"
              defaultValue={values.gradeEstimate ?? ""}
              errors={errors.gradeEstimate}
            />
            <ChoiceGroup
              name="weakLinks"
              type="checkbox"
              label="Zwakke schakels"
              hint="De schakels die de klacht veroorzaken of in stand houden."
              options={chainLinks.map((link) => ({ value: link, label: linkLabels[link] }))}
              defaultValue={values.weakLinks ?? ""}
              errors={errors.weakLinks}
            />
            <TextAreaField name="conclusion" label="Conclusie" rows={4} maxLength={CONCLUSION_MAX} defaultValue={values.conclusion ?? ""} errors={errors.conclusion} />
            <TextAreaField name="notes" label="Vrije notities" rows={4} maxLength={NOTES_MAX} defaultValue={values.notes ?? ""} errors={errors.notes} />
          </div>
        </fieldset>

        {amend ? (
          <TextAreaField
            name="amendmentReason"
            label="Reden van de wijziging"
            hint="Verplicht. De reden komt bij de nieuwe versie in de geschiedenis te staan."
            rows={2}
            maxLength={REASON_MAX}
            required
            defaultValue={values.amendmentReason ?? ""}
            errors={errors.amendmentReason}
          />
        ) : null}
        <SubmitButton pendingLabel="Bezig met opslaan…">{submitLabel}</SubmitButton>
      </form>
    </div>
  );
}
