import type { TherapistFlag } from "@/lib/plans/pain-rule";

/** The pain rule's flag beside a patient's name: a word and a mark (never colour alone), with the reason. */
export function PainFlag({ flag, compact = false }: { flag: TherapistFlag | null | undefined; compact?: boolean }) {
  if (!flag) return null;
  const label = flag.kind === "broken_twice" ? "Pijnregel twee keer overschreden" : "Pijn stijgt";
  return compact ? (
    <span className="ml-2 inline-block rounded border border-accent bg-accent-soft px-2 text-sm font-medium" title={flag.reason}>
      ⚑ {label}
      <span className="sr-only">: {flag.reason}</span>
    </span>
  ) : (
    <div role="note" className="mt-4 rounded-md border-l-4 border-accent bg-accent-soft p-4">
      <p className="font-semibold">⚑ {label}</p>
      <p className="mt-1">{flag.reason} Bespreek de belasting met de patiënt en pas zo nodig de grenzen of de dosering aan.</p>
    </div>
  );
}
