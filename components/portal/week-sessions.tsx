import type { WeekAdherence } from "@/lib/plans/sessions";

/** "2 van 3 trainingen" with a bar that says the same (the text is what counts; the bar is decoration). */
export function WeekSessions({ week }: { week: WeekAdherence }) {
  if (week.planned === 0) return <p className="mt-2">Deze week staan er geen trainingen op je plan.</p>;
  const share = Math.min(1, week.done / week.planned);
  return (
    <div className="mt-2">
      <p>
        <span className="font-serif text-3xl font-semibold">{week.done}</span> van {week.planned} trainingen gedaan
      </p>
      <div className="mt-2 h-3 w-full overflow-hidden rounded-full bg-brand-soft" aria-hidden="true">
        <div className="h-full rounded-full bg-brand" style={{ width: `${Math.round(share * 100)}%` }} />
      </div>
      <p className="mt-2 text-sm text-muted">Een training is een dag waarop je je oefeningen (of een deel ervan) hebt gedaan.</p>
    </div>
  );
}
