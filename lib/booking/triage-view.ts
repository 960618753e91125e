import { isRedFlagCode, redFlagByCode, triageOutcomeAdvice, triageOutcomeLabels, type TriageOutcome } from "@/lib/triage";

/**
 * The triage result as the patient and the therapist see it: plain advice with the reasons behind it, and
 * the flags' short labels for the staff list. Serialisable, so it can travel in a form's action state.
 */
export type TriageView = {
  outcome: TriageOutcome;
  title: string;
  advice: string;
  flags: { code: string; label: string; clinical: string; reason: string; articleHref: string; urgent: boolean }[];
};

/**
 * Said to someone who is booking or has just booked: advising them to book what they are booking is
 * useless, so the calm outcomes say what the appointment will do instead. "See soon" stays as it is.
 */
const whileBooking: Partial<Record<TriageOutcome, { title: string; advice: string }>> = {
  book_analysis: {
    title: "Een bewegingsketenanalyse past bij je klachten",
    advice:
      "We zien geen teken van een scheur. Je klachten verdienen wel een goede blik: vaak ligt de oorzaak op een andere plek in je bewegingsketen. Tijdens je afspraak zoeken we die schakel op en maken we samen een plan.",
  },
  self_care: {
    title: "Rustig opbouwen kan alvast",
    advice:
      "Je antwoorden wijzen niet op iets dringends. Tot je afspraak kun je rustig opbouwen met de oefeningen uit de kennisbank. Komt er een van de waarschuwingssignalen bij, bel ons dan.",
  },
};

export function triageView(outcome: TriageOutcome, flagCodes: readonly string[], options: { booking?: boolean } = {}): TriageView {
  const flags = flagCodes.filter(isRedFlagCode).map((code) => {
    const flag = redFlagByCode(code);
    return { code, label: flag.label, clinical: flag.clinical, reason: flag.reason, articleHref: flag.articleHref, urgent: flag.severity === "urgent" };
  });
  const booking = options.booking ? whileBooking[outcome] : undefined;
  return { outcome, title: booking?.title ?? triageOutcomeLabels[outcome], advice: booking?.advice ?? triageOutcomeAdvice[outcome], flags };
}
