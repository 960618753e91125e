import Link from "next/link";
import { AppointmentFacts } from "@/components/booking/appointment-facts";
import { SlotPicker } from "@/components/booking/slot-picker";
import { Notice } from "@/components/ui/notice";
import { pickerView } from "@/lib/booking/slot-days";
import { searchDates } from "@/lib/booking/slots";
import type { ManagedAppointment } from "@/lib/data/appointment-changes";
import type { FreeSlotSearch } from "@/lib/data/availability";
import { formatDateTime } from "@/lib/time/format";
import { NO_PREFERENCE, type BookingChoice } from "@/lib/validation/booking";
import type { FormState } from "@/lib/validation/form-state";
import { RescheduleForm } from "./change-forms";

/**
 * Reschedule: the current appointment, a choice of the same therapist or anyone, the day-and-time picker
 * (GET, without JavaScript too), and once a time is chosen, the confirm button (POST). Used by the manage
 * link and the portal; only the action and the hidden fields that authorise it differ.
 */
export function ReschedulePanel({
  appointment,
  search,
  choice,
  basePath,
  action,
  fields,
  now,
}: {
  appointment: ManagedAppointment;
  search: FreeSlotSearch | null;
  choice: BookingChoice;
  basePath: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  fields: Record<string, string>;
  now: Date;
}) {
  const therapistParam = choice.therapist === NO_PREFERENCE ? NO_PREFERENCE : appointment.therapistSlug;
  const slots = search?.slots ?? [];
  const chosen = choice.time ? slots.find((slot) => slot.start === choice.time!.getTime()) : undefined;
  const zone = search?.settings.timeZone ?? "Europe/Amsterdam";
  const { today, lastBookable } = searchDates({ now }, search?.settings ?? { timeZone: zone, horizonDays: 56 });
  const assigned = chosen ? search?.therapists.find((t) => t.id === chosen.therapistIds[0]) : undefined;

  return (
    <>
      <h2 className="mt-8 text-xl font-semibold">Je huidige afspraak</h2>
      <AppointmentFacts className="mt-3" appointment={appointment} />
      <p className="mt-6">
        {therapistParam === NO_PREFERENCE ? (
          <>
            Je ziet de vrije tijden van al onze therapeuten.{" "}
            <Link href={`${basePath}?therapeut=${appointment.therapistSlug}`} className="underline underline-offset-2">Alleen bij {appointment.therapistName}</Link>
          </>
        ) : (
          <>
            Je ziet de vrije tijden van {appointment.therapistName}. <Link href={`${basePath}?therapeut=${NO_PREFERENCE}`} className="underline underline-offset-2">Ook bij een andere therapeut</Link>
          </>
        )}
      </p>
      {chosen ? (
        <section aria-labelledby="nieuwe-tijd" className="mt-6 rounded-lg border border-brand bg-brand-soft p-5">
          <h2 id="nieuwe-tijd" className="text-xl font-semibold">
            Nieuwe tijd: {formatDateTime(new Date(chosen.start))}
          </h2>
          <p className="mt-1">Bij {assigned?.displayName ?? appointment.therapistName}.</p>
          <RescheduleForm
            action={action}
            fields={{ ...fields, tijd: new Date(chosen.start).toISOString(), therapeut: therapistParam }}
            label="Afspraak verzetten naar deze tijd"
          />
          <p className="mt-4">
            <Link href={`${basePath}?therapeut=${therapistParam}`} className="underline underline-offset-2">Ander moment kiezen</Link>
          </p>
        </section>
      ) : (
        <>
          {choice.time ? (
            <Notice tone="warning" className="mt-6" title="Dit tijdstip is niet meer vrij — kies een ander moment" />
          ) : null}
          <SlotPicker
            view={pickerView(slots, zone, today, lastBookable, { week: choice.week, day: choice.day })}
            basePath={basePath}
            keep={{ therapeut: therapistParam }}
          />
        </>
      )}
    </>
  );
}
