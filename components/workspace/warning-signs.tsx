import type { TriageView } from "@/lib/booking/triage-view";
import { clinicalWarning, warningTitles, type ClinicalWarning, type WarningLevel } from "@/lib/clinical/warnings";

/**
 * Warning signs for staff, by severity: urgent in red, attention in amber, always with the words "Dringend"
 * or "Aandacht" so they read the same without colour. Clinical wording, not the patient's.
 */
const tones: Record<WarningLevel, { box: string; text: string }> = {
  urgent: { box: "border-alert bg-alert-soft", text: "text-alert" },
  attention: { box: "border-caution-line bg-caution-soft", text: "text-caution" },
};

export function warningBorder(level: WarningLevel | undefined): string {
  return level === "urgent" ? "border-alert" : level === "attention" ? "border-caution-line" : "border-line";
}

/** A compact marker (agenda entry): severity and the signs' short labels. */
export function WarningSignsMarker({ warning, className = "" }: { warning: ClinicalWarning; className?: string }) {
  const tone = tones[warning.level];
  return (
    <p className={`rounded border-l-4 px-3 py-1 text-sm ${tone.box} ${tone.text} ${className}`} data-warning={warning.level}>
      <span aria-hidden="true">{warning.level === "urgent" ? "⚠ " : "● "}</span>
      <strong>{warningTitles[warning.level]} · Waarschuwingssignalen</strong>
      {warning.signs.length > 0 ? `: ${warning.signs.map((s) => s.label).join(", ")}` : ": binnenkort beoordelen"}
    </p>
  );
}

/** The one banner at the top of a patient's record: all signs of all intakes, with what to do. */
export function PatientWarningBanner({ warning }: { warning: ClinicalWarning }) {
  const tone = tones[warning.level];
  return (
    <section aria-label={`Waarschuwing: ${warningTitles[warning.level].toLowerCase()}`} className={`mt-4 rounded-md border-l-4 p-4 ${tone.box}`} data-warning={warning.level}>
      <p className={`font-semibold ${tone.text}`}>
        <span aria-hidden="true">{warning.level === "urgent" ? "⚠ " : "● "}</span>
        {warningTitles[warning.level]} · Waarschuwingssignalen uit de intake
      </p>
      <p className="mt-1">{warning.advice}</p>
      <SignList warning={warning} />
    </section>
  );
}

function SignList({ warning }: { warning: ClinicalWarning }) {
  if (warning.signs.length === 0) return null;
  return (
    <ul className="mt-2 list-disc space-y-1 pl-5">
      {warning.signs.map((sign) => (
        <li key={sign.code}>
          <span className="font-medium">{sign.clinical}</span>
          {warning.level === "urgent" && sign.severity === "attention" ? " (aandacht, geen spoed)" : ""}
        </li>
      ))}
    </ul>
  );
}

/** The triage result at the top of one intake: severity, advice and each sign in clinical wording. */
export function WarningSignsPanel({ triage }: { triage: TriageView }) {
  const warning = clinicalWarning([{ triageOutcome: triage.outcome, redFlags: triage.flags.map((f) => f.code) }]);
  if (!warning) {
    return <p className="mt-3 text-sm text-muted">Geen waarschuwingssignalen. Advies bij de intake: {triage.title.toLowerCase()}.</p>;
  }
  const tone = tones[warning.level];
  return (
    <div className={`mt-3 rounded-md border-l-4 p-4 ${tone.box}`} data-warning={warning.level}>
      <p className={`font-semibold ${tone.text}`}>
        <span aria-hidden="true">{warning.level === "urgent" ? "⚠ " : "● "}</span>
        {warningTitles[warning.level]} · Waarschuwingssignalen · {triage.title}
      </p>
      <p className="mt-1">{warning.advice}</p>
      <SignList warning={warning} />
    </div>
  );
}
