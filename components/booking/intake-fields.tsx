import Link from "next/link";
import { CheckboxField, ChoiceGroup, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { intakeLabels as q, intakeOptions as o } from "@/lib/validation/intake";

/**
 * The intake's questions, grouped as the patient thinks about them. Presentational: values and errors come
 * from the form's action state, so what the patient typed survives an error (with or without JavaScript).
 */
type Props = { values: Record<string, string | undefined>; errors: Record<string, string[] | undefined> };

const section = "mt-8 space-y-6 rounded-lg border border-line bg-surface p-5 sm:p-6";

export function IntakeFields({ values: v, errors: e }: Props) {
  const choice = (name: keyof typeof q, options: readonly { value: string; label: string }[], props: { hint?: string; type?: "radio" | "checkbox" } = {}) => (
    <ChoiceGroup name={name} label={q[name]} options={[...options]} defaultValue={v[name]} errors={e[name]} {...props} />
  );
  return (
    <>
      <fieldset className={section}>
        <legend className="px-1 text-xl font-semibold">Je klacht</legend>
        {choice("complaintLocation", o.complaintLocation)}
        <TextField name="complaintElsewhere" label={q.complaintElsewhere} hint="Alleen invullen als je ergens anders last hebt dan aan je hamstring; anders mag je deze overslaan." defaultValue={v.complaintElsewhere} errors={e.complaintElsewhere} maxLength={200} />
        {choice("onset", o.onset)}
        <SelectField name="since" label={q.since} options={[...o.since]} placeholder="Kies…" defaultValue={v.since ?? ""} errors={e.since} />
        <div className="grid gap-6 sm:grid-cols-2">
          <TextField name="painNow" label={q.painNow} type="number" inputMode="numeric" min={0} max={10} defaultValue={v.painNow} errors={e.painNow} />
          <TextField name="painWorst" label={q.painWorst} type="number" inputMode="numeric" min={0} max={10} defaultValue={v.painWorst} errors={e.painWorst} />
        </div>
        {choice("stiffness", o.stiffness)}
        {choice("strengthLoss", o.yesNo)}
        {choice("swellingOrBruising", o.yesNo)}
        {choice("pop", o.yesNo)}
        {choice("visibleDent", o.yesNo)}
        {choice("weightBearing", o.weightBearing)}
        {choice("walkingHard", o.yesNo)}
        {choice("painfulActivities", o.painfulActivities, { type: "checkbox", hint: "Kies alles wat klopt. Doet niets hiervan pijn? Dan mag je deze overslaan." })}
      </fieldset>

      <fieldset className={section}>
        <legend className="px-1 text-xl font-semibold">Kramp</legend>
        {choice("crampFrequency", o.crampFrequency)}
        <p className="text-muted">Heb je kramp? Beantwoord dan ook deze vragen.</p>
        {choice("crampTiming", o.crampTiming, { type: "checkbox", hint: "Kies alles wat klopt. Geen kramp? Dan mag je deze overslaan." })}
        {choice("crampDuration", o.crampDuration)}
        {choice("crampTrend", o.crampTrend)}
        {choice("crampAtMinimalEffort", o.yesNo)}
        {choice("oneLegMuchMore", o.yesNo)}
        {choice("restWeek", o.restWeek)}
      </fieldset>

      <fieldset className={section}>
        <legend className="px-1 text-xl font-semibold">Sport en doelen</legend>
        <div className="grid gap-6 sm:grid-cols-2">
          <TextField name="sport" label={q.sport} hint="Mag je overslaan." defaultValue={v.sport} errors={e.sport} maxLength={120} />
          <TextField name="weeklyTrainingHours" label={q.weeklyTrainingHours} hint="Mag je overslaan." inputMode="decimal" defaultValue={v.weeklyTrainingHours} errors={e.weeklyTrainingHours} />
        </div>
        {choice("previousInjuries", o.previousInjuries)}
        <TextAreaField name="previousInjuriesNote" label={q.previousInjuriesNote} hint="Mag je overslaan." rows={2} defaultValue={v.previousInjuriesNote} errors={e.previousInjuriesNote} maxLength={1000} />
        <TextAreaField name="tried" label={q.tried} hint="Bijvoorbeeld rust, rekken, ijs, massage of een eerdere behandeling. Mag je overslaan." rows={3} defaultValue={v.tried} errors={e.tried} maxLength={2000} />
        <TextAreaField name="goals" label={q.goals} hint="Bijvoorbeeld: over acht weken weer een hele wedstrijd spelen." rows={3} defaultValue={v.goals} errors={e.goals} maxLength={2000} />
      </fieldset>

      <fieldset className={section}>
        <legend className="px-1 text-xl font-semibold">Je gegevens</legend>
        <TextField name="fullName" label={q.fullName} autoComplete="name" defaultValue={v.fullName} errors={e.fullName} maxLength={120} />
        <div className="grid gap-6 sm:grid-cols-2">
          <TextField name="email" label={q.email} type="email" autoComplete="email" hint="Hier sturen we de bevestiging naartoe." defaultValue={v.email} errors={e.email} />
          <TextField name="phone" label={q.phone} type="tel" autoComplete="tel" defaultValue={v.phone} errors={e.phone} />
        </div>
        <TextField name="dateOfBirth" label={q.dateOfBirth} type="date" autoComplete="bday" hint="Bijvoorbeeld 03-04-1991." defaultValue={v.dateOfBirth} errors={e.dateOfBirth} className="sm:max-w-xs" />
        <CheckboxField
          name="consent"
          value="yes"
          defaultChecked={v.consent === "yes"}
          errors={e.consent}
          label={
            <>
              Ik geef toestemming dat Fysiopraktijk Keten mijn antwoorden over mijn gezondheid gebruikt om mijn behandeling voor te bereiden. Dit zijn
              bijzondere persoonsgegevens; alleen je therapeut en de praktijk kunnen ze inzien. Lees de <Link href="/privacy" className="underline underline-offset-2">privacyverklaring</Link>.
            </>
          }
        />
      </fieldset>
    </>
  );
}
