/** The practice's cancellation policy (practice settings), shown before booking and in the confirmation. */
export function CancellationPolicy({ text, cutoffHours, className = "mt-6" }: { text: string; cutoffHours: number; className?: string }) {
  return (
    <section aria-labelledby="annuleringsbeleid" className={`rounded-lg border border-line p-4 ${className}`}>
      <h2 id="annuleringsbeleid" className="text-lg font-semibold">
        Annuleren en verzetten
      </h2>
      <p className="mt-2">Tot {cutoffHours} uur van tevoren annuleer of verzet je je afspraak zelf, online. Daarna bel je ons.</p>
      {text.trim() ? <p className="mt-2">{text.trim()}</p> : null}
    </section>
  );
}
