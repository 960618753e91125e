"use server";

import { cookies, headers } from "next/headers";
import { auth } from "@/auth";
import { redirect } from "next/navigation";
import { triageIntake } from "@/lib/booking/intake-triage";
import { triageView } from "@/lib/booking/triage-view";
import { findFreeSlots } from "@/lib/data/availability";
import { isDatabaseUnavailable } from "@/lib/data/db-errors";
import { BOOKING_LIMITS } from "@/lib/auth/policy";
import { hitRateLimit } from "@/lib/auth/rate-limit";
import { bookAppointment, type BookingOutcome } from "@/lib/data/booking";
import { clientIpFrom } from "@/lib/request";
import { env } from "@/lib/env";
import { clearSelfCheckAnswers } from "@/lib/self-check/carry";
import { formatDate, formatTime } from "@/lib/time/format";
import { todayIn, wallClockAt } from "@/lib/time/zone";
import { bookingContextSchema, bookingIntentSchema, NO_PREFERENCE, type BookingFormState } from "@/lib/validation/booking";
import { fieldErrorsFrom, formValues } from "@/lib/validation/form-state";
import { intakeInput, intakeSchema } from "@/lib/validation/intake";
import { BOOKING_COOKIE } from "./booking-cookie";
import { AGENDA_UNAVAILABLE_MESSAGE } from "./unavailable";

/**
 * The intake form's one action: check the answers and show the review ("controleren"), go back to the
 * answers ("wijzigen"), or book ("bevestigen"). The data layer re-validates the slot and does the work.
 */
export async function bookingAction(_previous: BookingFormState, formData: FormData): Promise<BookingFormState> {
  const values = formValues(formData);
  const context = bookingContextSchema.safeParse({
    dienst: formData.get("dienst"),
    therapeut: formData.get("therapeut"),
    tijd: formData.get("tijd"),
    sleutel: formData.get("sleutel"),
  });
  const intent = bookingIntentSchema.safeParse(formData.get("intent"));
  if (!context.success || !intent.success) {
    return { ok: false, step: "intake", values, message: "Je keuze voor behandeling of tijd ontbreekt. Kies hieronder opnieuw een moment; je antwoorden blijven staan." };
  }
  if (intent.data === "wijzigen") return { ok: false, step: "intake", values };

  const now = new Date();
  const parsed = intakeSchema(todayIn(now)).safeParse(intakeInput(formData));
  if (!parsed.success) {
    return { ok: false, step: "intake", values, fieldErrors: fieldErrorsFrom(parsed.error), message: "Controleer de gemarkeerde vragen." };
  }
  const triage = triageIntake(parsed.data);
  const view = triageView(triage.outcome, triage.flagCodes, { booking: true });
  if (intent.data === "controleren") return { ok: true, step: "review", values, triage: view };

  const { dienst, therapeut, tijd, sleutel } = context.data;
  const therapistSlug = therapeut === NO_PREFERENCE ? null : therapeut;
  let outcome: BookingOutcome | "limited";
  try {
    // Bookings per e-mail address and per client IP, counted in PostgreSQL (shared by every app instance).
    const limit = await hitRateLimit(
      "booking",
      [
        { key: parsed.data.email.toLowerCase(), ...BOOKING_LIMITS.perEmail },
        { key: clientIpFrom(await headers()), ...BOOKING_LIMITS.perIp },
      ],
      now,
    );
    outcome = limit.allowed
      ? await bookAppointment({ serviceSlug: dienst, therapistSlug, startsAt: tijd, intake: parsed.data, idempotencyKey: sleutel }, now, await auth())
      : "limited";
  } catch (error) {
    // The database is restarting or unreachable: say so calmly and keep the form (and its key) as it was.
    if (isDatabaseUnavailable(error)) return { ok: false, step: "review", values, triage: view, message: AGENDA_UNAVAILABLE_MESSAGE };
    throw error;
  }
  if (outcome === "limited") {
    return {
      ok: false,
      step: "review",
      values,
      triage: view,
      message: "Er zijn vanaf hier in korte tijd veel afspraken gemaakt. Probeer het later opnieuw, of bel ons: dan plannen we samen een moment.",
    };
  }

  if (outcome.status === "email_in_use") {
    return {
      ok: false,
      step: "intake",
      values,
      fieldErrors: { email: ["Met dit e-mailadres kun je hier geen afspraak maken. Gebruik je eigen e-mailadres, of bel ons."] },
      message: "Controleer de gemarkeerde vragen.",
    };
  }
  if (outcome.status === "unavailable") {
    return { ok: false, step: "review", values, triage: view, message: "Deze behandeling of therapeut is op dit moment niet online te boeken. Bel ons, dan plannen we samen." };
  }
  if (outcome.status === "taken") {
    const date = wallClockAt(tijd).date;
    const fresh = await findFreeSlots({ serviceSlug: dienst, therapistSlug, now, fromDate: date }).catch((error: unknown) => {
      if (isDatabaseUnavailable(error)) return null; // the other times are a courtesy; "taken" still holds
      throw error;
    });
    const times = (fresh?.slots ?? []).slice(0, 12).map((slot) => {
      const start = new Date(slot.start);
      return { value: start.toISOString(), label: `${formatDate(start)} om ${formatTime(start)}` };
    });
    return { ok: false, step: "taken", values, triage: view, times };
  }

  // Booked, or held for the owner of the address to confirm: the same page tells which (by the form's key).
  (await cookies()).set(BOOKING_COOKIE, sleutel, {
    httpOnly: true,
    sameSite: "lax",
    secure: env.APP_URL.startsWith("https://"),
    maxAge: 2 * 60 * 60,
    path: "/afspraak",
  });
  await clearSelfCheckAnswers();
  redirect("/afspraak/bevestigd");
}
