import type { TriageView } from "@/lib/booking/triage-view";

/** The red marker: text and colour, with the flags named, so it reads the same without colour. */
export function WarningSignsMarker({ labels, className = "" }: { labels: string[]; className?: string }) {
  return (
    <p className={`rounded border-l-4 border-alert bg-alert-soft px-3 py-1 text-sm text-alert ${className}`}>
      <span aria-hidden="true">⚠ </span>
      <strong>Waarschuwingssignalen</strong>
      {labels.length > 0 ? `: ${labels.join(", ")}` : ": snel laten beoordelen"}
    </p>
  );
}

/** The triage result at the top of an intake: the advice and each flag with its reason. */
export function WarningSignsPanel({ triage }: { triage: TriageView }) {
  if (triage.flags.length === 0 && triage.outcome !== "see_soon") {
    return <p className="mt-3 text-sm text-muted">Geen waarschuwingssignalen. Advies bij de intake: {triage.title.toLowerCase()}.</p>;
  }
  return (
    <div className="mt-3 rounded-md border-l-4 border-alert bg-alert-soft p-4">
      <p className="font-semibold text-alert">
        <span aria-hidden="true">⚠ </span>Waarschuwingssignalen · {triage.title}
      </p>
      {triage.flags.length > 0 ? (
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {triage.flags.map((flag) => (
            <li key={flag.code}>
              <span className="font-medium">{flag.label}</span>
              {flag.urgent ? " (dringend)" : ""} — {flag.reason}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
