import Link from "next/link";
import { SubmitButton } from "@/components/ui/submit-button";
import { linkLabels } from "@/lib/assessment/chain";
import type { TailoringView } from "@/lib/data/staff/tailoring";

/**
 * Exercises from the library that train the links the latest assessment found weak (issue 17, point 5), each
 * with "Toevoegen": into the current phase at the library's dosage (a new version when the plan is live).
 * `addAction` is the bound server action for one exercise; without a current phase there is no button.
 */
export function TailoringSuggestions({
  view,
  phaseHref,
  addAction,
}: {
  view: NonNullable<TailoringView>;
  phaseHref: string | null;
  addAction: ((exerciseId: string) => () => Promise<void>) | null;
}) {
  return (
    <section aria-labelledby="op-maat-kop" id="op-maat" className="mt-10">
      <h2 id="op-maat-kop" className="text-2xl font-semibold">
        Op maat: oefeningen voor de zwakke schakels
      </h2>
      {view.links.length === 0 ? (
        <p className="mt-2 text-muted">De laatste beoordeling noemt geen zwakke schakel (of er is nog geen beoordeling).</p>
      ) : (
        <>
          <p className="mt-1 text-muted">
            Volgens de laatste beoordeling: {view.links.map((l) => linkLabels[l].toLowerCase()).join(", ")}. Oefeningen die al in de huidige fase staan, zijn weggelaten.
            {addAction ? " Toevoegen zet de oefening met de standaarddosering in de huidige fase." : null}
            {phaseHref ? (
              <>
                {" "}
                <Link href={phaseHref} className="underline underline-offset-2">
                  Huidige fase bewerken
                </Link>
              </>
            ) : null}
          </p>
          <dl className="mt-3 space-y-3">
            {view.groups.map((group) => (
              <div key={group.link}>
                <dt className="font-medium">{linkLabels[group.link]}</dt>
                <dd>
                  <ul className="mt-1 space-y-1">
                    {group.exercises.map((e) => (
                      <li key={e.id} className="flex flex-wrap items-center gap-3">
                        <Link href={`/praktijk/oefeningen/${e.id}`} className="underline underline-offset-2">
                          {e.name}
                        </Link>
                        {addAction ? (
                          <form action={addAction(e.id)}>
                            <SubmitButton variant="secondary" pendingLabel="Bezig…">
                              Toevoegen<span className="sr-only"> {e.name}</span>
                            </SubmitButton>
                          </form>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </section>
  );
}
