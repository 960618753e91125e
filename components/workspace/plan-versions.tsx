import type { ReactNode } from "react";
import type { PlanVersionEntry } from "@/lib/data/internal/plan-versions";
import { describeChange } from "@/lib/plans/versions";
import { formatDateTime } from "@/lib/time/format";

/** The plan builder's draft banner: the patient sees nothing until the therapist publishes (issue 17, point 4). */
export function PlanDraftNotice({ children }: { children: ReactNode }) {
  return (
    <section aria-labelledby="concept" className="mt-6 rounded-md border border-caution-line bg-caution-soft p-5">
      <h2 id="concept" className="text-xl font-semibold">
        Concept: nog niet gepubliceerd
      </h2>
      <p className="mt-1 max-w-3xl">
        De patiënt ziet dit plan nog niet. Pas fasen en oefeningen aan en publiceer het plan als het klaar is; het telt dan vanaf vandaag. Daarna
        wordt elke wijziging een nieuwe versie, en ziet de patiënt wat er veranderd is.
      </p>
      <div className="mt-3">{children}</div>
    </section>
  );
}

/** The published versions, newest first, each with what changed (the therapist's history). */
export function PlanVersionHistory({ versions }: { versions: PlanVersionEntry[] }) {
  if (versions.length === 0) return null;
  return (
    <section aria-labelledby="versies" id="plan-versies" className="mt-10">
      <h2 id="versies" className="text-xl font-semibold">
        Versies
      </h2>
      <ol className="mt-2 space-y-3">
        {versions.map((v) => (
          <li key={v.version}>
            <p className="font-medium">
              Versie {v.version} · {formatDateTime(v.publishedAt)}
              {v.publishedByName ? ` · ${v.publishedByName}` : ""}
            </p>
            {v.version === 1 ? (
              <p className="text-sm text-muted">Eerste gepubliceerde versie.</p>
            ) : (
              <ul className="list-disc pl-5 text-sm">
                {v.changes.map((change, i) => (
                  <li key={i}>{describeChange(change)}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
