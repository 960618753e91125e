"use client";

import { CheckboxField, ChoiceGroup, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormState } from "@/lib/validation/form-state";
import { accessLabels, determinants, idDocumentLabels, outcomeLabels } from "@/lib/validation/screening";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;
const yesNo = [
  { value: "nee", label: "Nee" },
  { value: "ja", label: "Ja" },
];

/** Dossier phase 1: help question, GP, insurer, access route, each determinant asked, screening outcome. */
export function ScreeningForm({ action, defaults, amend }: { action: Action; defaults: Record<string, string>; amend: boolean }) {
  const { state, formAction, values: v, errors: e } = useActionForm(action, defaults);
  return (
    <div>
      <FormMessage state={state} />
      <form key={JSON.stringify(v)} action={formAction} noValidate className="space-y-6">
        <TextAreaField name="helpQuestion" label="Hulpvraag (in de woorden van de patiënt)" rows={3} maxLength={1000} defaultValue={v.helpQuestion ?? ""} errors={e.helpQuestion} />
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField name="gpName" label="Huisarts" maxLength={120} defaultValue={v.gpName ?? ""} errors={e.gpName} />
          <TextField name="gpPractice" label="Huisartsenpraktijk" maxLength={120} defaultValue={v.gpPractice ?? ""} errors={e.gpPractice} />
          <TextField name="insurer" label="Zorgverzekeraar" maxLength={120} defaultValue={v.insurer ?? ""} errors={e.insurer} />
        </div>
        <ChoiceGroup name="access" label="Toegang" options={Object.entries(accessLabels).map(([value, label]) => ({ value, label }))} defaultValue={v.access ?? ""} errors={e.access} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField name="referrerName" label="Verwezen door (bij verwijzing)" maxLength={120} defaultValue={v.referrerName ?? ""} errors={e.referrerName} />
          <TextField name="referralDate" label="Datum verwijzing" type="date" defaultValue={v.referralDate ?? ""} errors={e.referralDate} />
        </div>
        <fieldset className="rounded-md border border-line p-4">
          <legend className="px-1 font-semibold">Medische determinanten (elk nagevraagd)</legend>
          <div className="mt-2 space-y-4">
            {determinants.map((d) => (
              <div key={d.code} className="grid gap-2 sm:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
                <ChoiceGroup name={`det_${d.code}`} label={`${d.label}${d.redFlag ? " (let op: niet-pluis-signaal)" : ""}`} options={yesNo} defaultValue={v[`det_${d.code}`] ?? ""} errors={e[`det_${d.code}`]} />
                <TextField name={`det_${d.code}_note`} label="Toelichting" maxLength={300} defaultValue={v[`det_${d.code}_note`] ?? ""} errors={e[`det_${d.code}_note`]} />
              </div>
            ))}
          </div>
        </fieldset>
        <ChoiceGroup
          name="outcome"
          label="Screening bij directe toegang"
          hint="Niet-pluis betekent: niet behandelen, terug naar de huisarts."
          options={[{ value: "", label: "Nog niet beoordeeld" }, ...Object.entries(outcomeLabels).map(([value, label]) => ({ value, label }))]}
          defaultValue={v.outcome ?? ""}
          errors={e.outcome}
        />
        <TextAreaField name="outcomeNote" label="Toelichting bij de uitkomst" rows={2} maxLength={1000} defaultValue={v.outcomeNote ?? ""} errors={e.outcomeNote} />
        <CheckboxField name="confirmed" value="ja" label="Ik heb deze screening bij het eerste bezoek met de patiënt doorgenomen en bevestig de uitkomst" defaultChecked={v.confirmed === "ja"} errors={e.confirmed} />
        {amend ? <TextAreaField name="amendmentReason" label="Reden van de wijziging" hint="Verplicht: de vorige versie blijft bewaard." rows={2} maxLength={500} defaultValue={v.amendmentReason ?? ""} errors={e.amendmentReason} /> : null}
        <SubmitButton>{amend ? "Nieuwe versie opslaan" : "Screening opslaan"}</SubmitButton>
      </form>
    </div>
  );
}

/** The BSN, only after an ID check; the number is never shown again, only masked. */
export function BsnForm({ action }: { action: Action }) {
  const { state, formAction, values, errors: e } = useActionForm(action);
  return (
    <div>
      <FormMessage state={state} />
      <form action={formAction} noValidate className="space-y-4">
        <SelectField name="idDocument" label="Gecontroleerd document" placeholder="Kies een document" options={Object.entries(idDocumentLabels).map(([value, label]) => ({ value, label }))} defaultValue={values.idDocument ?? ""} errors={e.idDocument} />
        <CheckboxField name="idChecked" value="ja" label="Ik heb het document gezien en het hoort bij deze patiënt" errors={e.idChecked} />
        <TextField name="bsn" label="BSN" inputMode="numeric" autoComplete="off" maxLength={11} errors={e.bsn} />
        <SubmitButton variant="secondary">BSN vastleggen</SubmitButton>
      </form>
    </div>
  );
}
