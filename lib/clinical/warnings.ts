import { isRedFlagCode, redFlagByCode, type TriageOutcome } from "@/lib/triage";

/**
 * Warning signs for staff, by severity (issue 17, point 6). *Urgent*: a possible tear; see the patient soon
 * or refer back to the GP. *Attention*: worth looking at in the analysis (a cramp pattern, asymmetry), no
 * haste. One warning per patient: the signs of all their intakes together, at the highest severity found.
 * Pure, so the agenda, the record and the appointment list say the same thing.
 */
export type WarningLevel = "urgent" | "attention";

export type WarningSign = { code: string; severity: WarningLevel; label: string; clinical: string };

export type ClinicalWarning = {
  level: WarningLevel;
  /** Urgent signs first, each once. */
  signs: WarningSign[];
  /** What staff should do, in clinical wording. */
  advice: string;
};

export const warningTitles: Record<WarningLevel, string> = {
  urgent: "Dringend",
  attention: "Aandacht",
};

export const warningAdvice: Record<WarningLevel, string> = {
  urgent: "Mogelijke ruptuur: binnen enkele dagen zien of terugverwijzen naar de huisarts.",
  attention: "Aandachtspunt voor de analyse; geen spoed.",
};

type IntakeSigns = { triageOutcome: TriageOutcome; redFlags: readonly string[] };

/** The warning for one or more intakes of one patient, or null when none has a sign. */
export function clinicalWarning(intakes: readonly IntakeSigns[]): ClinicalWarning | null {
  const byCode = new Map<string, WarningSign>();
  let seeSoon = false;
  for (const intake of intakes) {
    if (intake.triageOutcome === "see_soon") seeSoon = true;
    for (const code of intake.redFlags) {
      if (!isRedFlagCode(code) || byCode.has(code)) continue;
      const flag = redFlagByCode(code);
      byCode.set(code, { code, severity: flag.severity, label: flag.label, clinical: flag.clinical });
    }
  }
  const signs = [...byCode.values()].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "urgent" ? -1 : 1));
  if (signs.length === 0 && !seeSoon) return null;
  const level: WarningLevel = seeSoon || signs.some((s) => s.severity === "urgent") ? "urgent" : "attention";
  return { level, signs, advice: warningAdvice[level] };
}
