import Link from "next/link";
import type { ReactNode } from "react";
import { FocusOnArrival, StepHeading } from "@/components/ui/step-heading";
import type { PickerView } from "@/lib/booking/slot-days";
import { formatCalendarDate, formatCount, formatTime } from "@/lib/time/format";

/**
 * Choose a day and a time. Plain GET links and a plain GET form (the pressed button's name and value go
 * along, which `next/form` drops), so it works with and without JavaScript. `keep` are the choices of
 * earlier steps.
 *
 * Nothing is chosen for the visitor: each free time is its own button, so Tab browses the times and only
 * Enter or a click chooses one (radio buttons would change the choice with every arrow key).
 */
const dayNote = { past: "voorbij", beyond: "nog niet te boeken", full: "vol of gesloten" } as const;

export function SlotPicker({
  view,
  basePath,
  keep,
  selectedTime,
  step = false,
  notice,
}: {
  view: PickerView;
  basePath: string;
  keep: Record<string, string>;
  selectedTime?: string;
  /** A step of the booking: its heading takes focus when the step appears. */
  step?: boolean;
  /** Shown right under the heading, so that someone who lands on the heading reads it next (a time just taken). */
  notice?: ReactNode;
}) {
  const href = (extra: Record<string, string>) => `${basePath}?${new URLSearchParams({ ...keep, ...extra }).toString()}`;
  const weekLabel = `Week van ${formatCalendarDate(view.weekStart).replace(/^\w+ /, "")}`;
  return (
    <section aria-labelledby="kies-moment" className="mt-6">
      {step ? (
        <StepHeading id="kies-moment" className="text-2xl font-semibold">
          Kies een dag en tijd
        </StepHeading>
      ) : (
        <h2 id="kies-moment" className="text-2xl font-semibold">
          Kies een dag en tijd
        </h2>
      )}
      {notice}
      {!view.hasAny ? (
        <p className="mt-4">Er zijn de komende weken geen vrije tijden. Bel ons gerust, dan zoeken we samen een moment.</p>
      ) : (
        <>
          <div className="mt-4 flex flex-wrap items-center justify-between gap-3">
            <p className="font-medium">{weekLabel}</p>
            <div className="flex gap-3">
              {view.previousWeek ? (
                <Link href={href({ week: view.previousWeek })} className="inline-block py-2">
                  ← Vorige week
                </Link>
              ) : null}
              {view.nextWeek ? (
                <Link href={href({ week: view.nextWeek })} className="inline-block py-2">
                  Volgende week →
                </Link>
              ) : null}
            </div>
          </div>
          <ul className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-4 lg:grid-cols-7" aria-label="Dagen in deze week" data-day-list>
            {view.days.map((day) => {
              const [weekday, ...rest] = formatCalendarDate(day.date).replace(/ \d{4}$/, "").split(" ");
              const label = (
                <>
                  <span className="block text-sm font-medium">{weekday}</span>
                  <span className="block">{rest.join(" ")}</span>
                </>
              );
              const selected = day.date === view.selectedDay;
              return (
                <li key={day.date} className="min-w-0">
                  {day.count > 0 ? (
                    <Link
                      href={href({ week: view.weekStart, dag: day.date })}
                      aria-current={selected ? "date" : undefined}
                      className={`block rounded-md border px-2 py-2 no-underline ${selected ? "border-brand bg-brand text-white" : "border-line bg-surface text-ink hover:border-brand"}`}
                    >
                      {label}
                      <span className={`block text-sm ${selected ? "text-white" : "text-muted"}`}>
                        {formatCount(day.count, "tijd", "tijden")} vrij
                      </span>
                    </Link>
                  ) : (
                    <span className="block rounded-md border border-dashed border-line px-2 py-2 text-muted">
                      {label}
                      <span className="block text-sm">{dayNote[day.state === "free" ? "full" : day.state]}</span>
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
          {view.selectedDay ? (
            <form method="get" action={basePath} className="mt-6">
              {Object.entries({ ...keep, week: view.weekStart, dag: view.selectedDay }).map(([name, value]) => (
                <input key={name} type="hidden" name={name} value={value} />
              ))}
              {/* A day chosen by keyboard: on to its times (the day link itself stays where it was). */}
              <FocusOnArrival key={view.selectedDay} target="vrije-tijden" from="[data-day-list]" />
              <fieldset id="vrije-tijden" tabIndex={-1} className="focus:outline-none">
                <legend className="font-medium">Vrije tijden op {formatCalendarDate(view.selectedDay)}</legend>
                <p className="mt-1 text-sm text-muted">Kies een tijd om verder te gaan.</p>
                <div className="mt-3 flex flex-wrap gap-2">
                  {view.times.map((slot) => {
                    const value = new Date(slot.start).toISOString();
                    const chosen = selectedTime === value;
                    return (
                      <button
                        key={value}
                        type="submit"
                        name="tijd"
                        value={value}
                        aria-pressed={chosen}
                        className={`inline-block min-w-20 cursor-pointer rounded-md border px-4 py-2 text-center focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand ${chosen ? "border-brand bg-brand text-white" : "border-line bg-surface hover:border-brand"}`}
                      >
                        {formatTime(new Date(slot.start))}
                      </button>
                    );
                  })}
                </div>
              </fieldset>
            </form>
          ) : (
            <p className="mt-6">In deze week is geen tijd meer vrij. Kijk in een andere week.</p>
          )}
        </>
      )}
    </section>
  );
}
