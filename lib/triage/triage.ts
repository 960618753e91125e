import type { TriageInput } from "./input";
import type { TriageOutcome } from "./outcomes";
import { redFlags, type RedFlagCode, type RedFlagSeverity } from "./red-flags";

export type TriageFlag = {
  code: RedFlagCode;
  /** Dutch, for the therapist. */
  label: string;
  /** Dutch, for the patient: which answer led to it. */
  reason: string;
  severity: RedFlagSeverity;
  articleHref: string;
};

export type TriageResult = { outcome: TriageOutcome; flags: TriageFlag[] };

/**
 * The advice for a set of answers: any urgent sign → see someone soon; otherwise any sign that needs a
 * professional's eye → book a movement-chain analysis; otherwise self-care first. Flags come in the order
 * of `redFlags` (urgent ones first), so the most important reason is named first.
 */
export function triage(input: TriageInput): TriageResult {
  const flags: TriageFlag[] = redFlags
    .filter((flag) => flag.applies(input))
    .map(({ code, label, reason, severity, articleHref }) => ({ code, label, reason, severity, articleHref }));
  const outcome: TriageOutcome = flags.some((flag) => flag.severity === "urgent")
    ? "see_soon"
    : flags.length > 0
      ? "book_analysis"
      : "self_care";
  return { outcome, flags };
}
