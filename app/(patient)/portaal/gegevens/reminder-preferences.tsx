import type { Session } from "next-auth";
import { ReminderPreferencesForm } from "@/components/portal/reminder-preferences-form";
import { Section } from "@/components/ui/section";
import { getOwnReminderPreferences } from "@/lib/data/reminder-preferences";
import { formatDate } from "@/lib/time/format";
import { updateRemindersAction } from "./reminder-actions";

/** Mijn gegevens → Herinneringen: the patient's own choices, read through lib/data. */
export async function ReminderPreferences({ session }: { session: Session }) {
  const preferences = await getOwnReminderPreferences(session);
  return (
    <Section id="herinneringen" title="Herinneringen" className="mt-10">
      <p className="mt-2 max-w-2xl text-muted">
        We herinneren je aan je afspraken, zodat je er niet voor niets op hoeft te wachten en wij de tijd aan een ander kunnen geven als je niet kunt.
        {preferences.smsConsentAt ? ` Je gaf toestemming voor sms op ${formatDate(preferences.smsConsentAt)}.` : ""}
      </p>
      <ReminderPreferencesForm action={updateRemindersAction} byEmail={preferences.byEmail} sms={preferences.smsConsentAt !== null}
        morning={preferences.morningQuestion}
        phone={preferences.canText ? preferences.phone : null} />
    </Section>
  );
}
