import { EXPECTATION_TEXT, expectationStage } from "@/lib/plans/expectations";

/** What to expect and when, with where the patient is now. */
export function ExpectationNote({ week }: { week: number }) {
  return (
    <aside aria-labelledby="verwachting" className="rounded-md border-l-4 border-accent bg-accent-soft p-4">
      <h2 id="verwachting" className="text-lg font-semibold">
        Wat je mag verwachten
      </h2>
      <p className="mt-1">{EXPECTATION_TEXT.summary}</p>
      {week > 0 ? (
        <p className="mt-2">
          <span className="font-medium">Je zit in week {week}. </span>
          {EXPECTATION_TEXT[expectationStage(week)]}
        </p>
      ) : null}
    </aside>
  );
}
