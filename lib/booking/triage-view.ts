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

export function triageView(outcome: TriageOutcome, flagCodes: readonly string[]): TriageView {
  const flags = flagCodes.filter(isRedFlagCode).map((code) => {
    const flag = redFlagByCode(code);
    return { code, label: flag.label, clinical: flag.clinical, reason: flag.reason, articleHref: flag.articleHref, urgent: flag.severity === "urgent" };
  });
  return { outcome, title: triageOutcomeLabels[outcome], advice: triageOutcomeAdvice[outcome], flags };
}
