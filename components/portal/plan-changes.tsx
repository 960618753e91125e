import type { PlanView } from "@/lib/data/plan";
import { formatDateTime } from "@/lib/time/format";

/** "Wat is er veranderd": the therapist's latest changes to the plan, in plain Dutch (issue 17, point 4). */
export function PlanChanges({ changes }: { changes: PlanView["recentChanges"] }) {
  if (changes.length === 0) return null;
  return (
    <section aria-labelledby="wat-is-er-veranderd" className="mt-6 rounded-md border border-brand bg-surface p-4">
      <h2 id="wat-is-er-veranderd" className="text-xl font-semibold">
        Wat is er veranderd
      </h2>
      <p className="mt-1 text-muted">Je therapeut heeft je plan onlangs aangepast.</p>
      <ol className="mt-2 space-y-3">
        {changes.map((change) => (
          <li key={change.version}>
            <p className="text-sm text-muted">
              Versie {change.version}, {formatDateTime(change.publishedAt)}
            </p>
            <ul className="list-disc pl-6">
              {change.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
