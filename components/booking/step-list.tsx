/** Where the visitor is in the booking: the steps as an ordered list, the current one marked for screen readers too. */
const steps = ["Behandeling", "Therapeut", "Dag en tijd", "Intake", "Controleren"] as const;

export function StepList({ current }: { current: 1 | 2 | 3 | 4 | 5 }) {
  return (
    <nav aria-label="Stappen van je afspraak" className="mt-6">
      <ol className="flex flex-wrap gap-x-4 gap-y-2 text-sm">
        {steps.map((label, index) => {
          const number = index + 1;
          const state = number < current ? "done" : number === current ? "current" : "todo";
          return (
            <li
              key={label}
              aria-current={state === "current" ? "step" : undefined}
              className={`flex items-center gap-2 ${state === "current" ? "font-semibold text-ink" : "text-muted"}`}
            >
              <span
                aria-hidden="true"
                className={`inline-flex size-6 items-center justify-center rounded-full border text-xs ${
                  state === "current" ? "border-brand bg-brand text-white" : state === "done" ? "border-brand text-brand" : "border-line"
                }`}
              >
                {state === "done" ? "✓" : number}
              </span>
              {label}
              {state === "done" ? <span className="sr-only"> (gedaan)</span> : null}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
