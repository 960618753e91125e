import type { Checklist } from "@/lib/data/session-log";
import { verdictLabels, type Verdict } from "@/lib/plans/pain-rule";
import { formatCalendarDate } from "@/lib/time/format";

const tone: Record<Verdict, string> = {
  build: "border-ok bg-ok-soft",
  hold: "border-brand bg-brand-soft",
  step_back: "border-accent bg-accent-soft",
  wait: "border-line bg-surface",
};

/**
 * What the pain rule says about the latest decided session, with the reason, and the sessions before it in
 * short. A session still waiting for its morning score (today's) is mentioned above it, not instead of it.
 */
export function PainAdvice({ advice }: { advice: Checklist["advice"] }) {
  const waiting = advice[0]?.advice.verdict === "wait" ? advice[0] : null;
  const latest = advice.find((s) => s.advice.verdict !== "wait") ?? waiting;
  if (!latest) return null;
  const earlier = advice.filter((s) => s !== latest && s !== waiting);
  return (
    <section aria-labelledby="advies" className={`rounded-md border-l-4 p-4 ${tone[latest.advice.verdict]}`}>
      <h2 id="advies" className="text-sm font-medium text-muted">
        Advies na je sessie van {formatCalendarDate(latest.date)}
      </h2>
      <p className="font-serif text-2xl font-semibold">{verdictLabels[latest.advice.verdict]}</p>
      <p className="mt-1">{latest.advice.reason}</p>
      {waiting && waiting !== latest ? (
        <p className="mt-2 text-sm">
          Je sessie van {formatCalendarDate(waiting.date)}: {waiting.advice.reason}
        </p>
      ) : null}
      {earlier.length ? (
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer">Eerdere sessies</summary>
          <ul className="mt-1 space-y-1">
            {earlier.map((s) => (
              <li key={s.date}>
                {formatCalendarDate(s.date)}: <span className="font-medium">{verdictLabels[s.advice.verdict].toLowerCase()}</span>
                {s.during !== null ? ` · tijdens ${s.during}/10` : ""}
                {s.morning !== null ? ` · ochtend erna ${s.morning}/10` : ""}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <p className="mt-2 text-sm text-muted">
        De regel: pijn tijdens het oefenen tot de grens van je fase is goed, zolang die de ochtend erna weer gezakt is.
      </p>
    </section>
  );
}
