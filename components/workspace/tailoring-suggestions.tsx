import Link from "next/link";
import { linkLabels } from "@/lib/assessment/chain";
import type { TailoringView } from "@/lib/data/staff/tailoring";

/** Exercises from the library that train the links the latest assessment found weak (issue 17, point 5). */
export function TailoringSuggestions({ view, phaseHref }: { view: NonNullable<TailoringView>; phaseHref: string | null }) {
  return (
    <section aria-labelledby="op-maat" className="mt-10">
      <h2 id="op-maat" className="text-2xl font-semibold">
        Op maat: oefeningen voor de zwakke schakels
      </h2>
      {view.links.length === 0 ? (
        <p className="mt-2 text-muted">De laatste beoordeling noemt geen zwakke schakel (of er is nog geen beoordeling).</p>
      ) : (
        <>
          <p className="mt-1 text-muted">
            Volgens de laatste beoordeling: {view.links.map((l) => linkLabels[l].toLowerCase()).join(", ")}. Oefeningen die al in de huidige fase staan, zijn weggelaten.
            {phaseHref ? (
              <>
                {" "}
                <Link href={phaseHref} className="underline underline-offset-2">
                  Toevoegen in de huidige fase
                </Link>
              </>
            ) : null}
          </p>
          <dl className="mt-3 space-y-2">
            {view.groups.map((group) => (
              <div key={group.link}>
                <dt className="font-medium">{linkLabels[group.link]}</dt>
                <dd>
                  {group.exercises.map((e, i) => (
                    <span key={e.id}>
                      {i > 0 ? ", " : ""}
                      <Link href={`/praktijk/oefeningen/${e.id}`} className="underline underline-offset-2">
                        {e.name}
                      </Link>
                    </span>
                  ))}
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </section>
  );
}
