"use client";

import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormState } from "@/lib/validation/form-state";

/**
 * The opening-hours forms. Each posts to its server action and works without JavaScript; errors appear next
 * to their field and what was typed stays. Field ids carry a prefix because the page has many forms.
 */
type Action = (state: FormState, formData: FormData) => Promise<FormState>;

const WEEKDAYS = [
  { value: "1", label: "maandag" },
  { value: "2", label: "dinsdag" },
  { value: "3", label: "woensdag" },
  { value: "4", label: "donderdag" },
  { value: "5", label: "vrijdag" },
  { value: "6", label: "zaterdag" },
  { value: "7", label: "zondag" },
];

export function AddBlockForm({ action, therapistId, today }: { action: Action; therapistId: string; today: string }) {
  const { state, formAction, values: v, errors: e } = useActionForm(action);
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="therapistId" value={therapistId} />
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField id="nieuw-weekday" name="weekday" label="Dag" options={WEEKDAYS} placeholder="Kies een dag" defaultValue={v.weekday ?? ""} errors={e.weekday} required />
        <TextField id="nieuw-startTime" name="startTime" label="Van" type="time" step={300} defaultValue={v.startTime ?? ""} errors={e.startTime} required />
        <TextField id="nieuw-endTime" name="endTime" label="Tot" type="time" step={300} defaultValue={v.endTime ?? ""} errors={e.endTime} required />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="nieuw-validFrom" name="validFrom" label="Geldig vanaf" type="date" min={today} defaultValue={v.validFrom ?? today} errors={e.validFrom} required />
        <TextField
          id="nieuw-validTo"
          name="validTo"
          label="Geldig tot en met (optioneel)"
          hint="Leeg laten als deze tijden blijven gelden."
          type="date"
          min={today}
          defaultValue={v.validTo ?? ""}
          errors={e.validTo}
        />
      </div>
      <SubmitButton pendingLabel="Bezig met opslaan…">Werktijden toevoegen</SubmitButton>
    </form>
  );
}

/** New times for one block, from a date on (the block keeps its old times for the days before). */
export function ChangeBlockForm({ action, ruleId, startTime, endTime, today, minDate }: { action: Action; ruleId: string; startTime: string; endTime: string; today: string; minDate: string }) {
  const { state, formAction, values: v, errors: e } = useActionForm(action);
  const p = `wijzig-${ruleId}`;
  return (
    <form action={formAction} noValidate className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="ruleId" value={ruleId} />
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField id={`${p}-startTime`} name="startTime" label="Nieuwe begintijd" type="time" step={300} defaultValue={v.startTime ?? startTime} errors={e.startTime} required />
        <TextField id={`${p}-endTime`} name="endTime" label="Nieuwe eindtijd" type="time" step={300} defaultValue={v.endTime ?? endTime} errors={e.endTime} required />
        <TextField id={`${p}-effectiveFrom`} name="effectiveFrom" label="Vanaf" type="date" min={today} defaultValue={v.effectiveFrom ?? minDate} errors={e.effectiveFrom} required />
      </div>
      <SubmitButton variant="secondary" pendingLabel="Bezig met opslaan…">
        Tijden wijzigen
      </SubmitButton>
    </form>
  );
}

export function EndBlockForm({ action, ruleId, today }: { action: Action; ruleId: string; today: string }) {
  const { state, formAction, values: v, errors: e } = useActionForm(action);
  const p = `vervallen-${ruleId}`;
  return (
    <form action={formAction} noValidate className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="ruleId" value={ruleId} />
      <TextField
        id={`${p}-endsFrom`}
        name="endsFrom"
        label="Vervalt per"
        hint="De eerste dag zonder deze tijden. Eerdere dagen blijven bewaard."
        type="date"
        min={today}
        defaultValue={v.endsFrom ?? today}
        errors={e.endsFrom}
        required
        className="max-w-xs"
      />
      <SubmitButton variant="secondary" pendingLabel="Bezig met opslaan…">
        Laten vervallen
      </SubmitButton>
    </form>
  );
}

export function AbsenceForm({ action, therapistId, today }: { action: Action; therapistId: string; today: string }) {
  const { state, formAction, values: v, errors: e } = useActionForm(action);
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="therapistId" value={therapistId} />
      <p className="text-sm text-muted">Laat de tijden leeg voor hele dagen.</p>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="afwezig-fromDate" name="fromDate" label="Eerste dag" type="date" min={today} defaultValue={v.fromDate ?? ""} errors={e.fromDate} required />
        <TextField id="afwezig-fromTime" name="fromTime" label="Vanaf (tijd, optioneel)" type="time" step={300} defaultValue={v.fromTime ?? ""} errors={e.fromTime} />
        <TextField id="afwezig-toDate" name="toDate" label="Laatste dag" type="date" min={today} defaultValue={v.toDate ?? ""} errors={e.toDate} required />
        <TextField id="afwezig-toTime" name="toTime" label="Tot (tijd, optioneel)" type="time" step={300} defaultValue={v.toTime ?? ""} errors={e.toTime} />
      </div>
      <TextField
        id="afwezig-reason"
        name="reason"
        label="Reden (optioneel)"
        hint="Alleen voor collega's; patiënten zien dit nooit."
        maxLength={200}
        defaultValue={v.reason ?? ""}
        errors={e.reason}
      />
      <SubmitButton pendingLabel="Bezig met opslaan…">Afwezigheid toevoegen</SubmitButton>
    </form>
  );
}

export function ExtraHoursForm({ action, therapistId, today }: { action: Action; therapistId: string; today: string }) {
  const { state, formAction, values: v, errors: e } = useActionForm(action);
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="therapistId" value={therapistId} />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField id="extra-date" name="date" label="Datum" type="date" min={today} defaultValue={v.date ?? ""} errors={e.date} required />
        <TextField id="extra-startTime" name="startTime" label="Van" type="time" step={300} defaultValue={v.startTime ?? ""} errors={e.startTime} required />
        <TextField id="extra-endTime" name="endTime" label="Tot" type="time" step={300} defaultValue={v.endTime ?? ""} errors={e.endTime} required />
      </div>
      <TextField id="extra-reason" name="reason" label="Notitie (optioneel)" hint="Alleen voor collega's." maxLength={200} defaultValue={v.reason ?? ""} errors={e.reason} />
      <SubmitButton pendingLabel="Bezig met opslaan…">Extra uren toevoegen</SubmitButton>
    </form>
  );
}
