import Link from "next/link";
import type { Progress } from "@/lib/data/progress";
import { AdherenceChart } from "./adherence-chart";
import { PainChart } from "./pain-chart";
import { SessionTable } from "./session-table";
import { Section } from "@/components/ui/section";

/**
 * The progress page's body, for the patient (portal) and for the therapist (workspace): trainings per week,
 * the pain trend with phase changes and appointments marked, and one row per session. `base` is the page's
 * own address (for the period and page links, plain links so they work without JavaScript); `who` chooses
 * the wording. The charts cover the chosen period (the last 12 weeks, or everything since the start); the
 * session table shows four weeks of sessions at a time. The default period keeps a two-year plan's page under
 * issue 16's 100 kB; "alles" of two years is larger (its weekly bars and daily marks; the bench measures it).
 */
export const SESSIONS_PER_PAGE = 28;

export type ProgressQuery = { period: "recent" | "all"; page: number };

/** Reads `?periode=alles` and `?pagina=n` (anything else: the last 12 weeks, the first page). */
export function progressQuery(params: Record<string, string | string[] | undefined>): ProgressQuery {
  const page = Number(params.pagina);
  return { period: params.periode === "alles" ? "all" : "recent", page: Number.isSafeInteger(page) && page > 1 ? page : 1 };
}

function progressHref(base: string, { period, page }: ProgressQuery, hash = ""): string {
  const query = new URLSearchParams();
  if (period === "all") query.set("periode", "alles");
  if (page > 1) query.set("pagina", String(page));
  return `${base}${query.size ? `?${query}` : ""}${hash}`;
}

function PeriodPicker({ progress, base }: { progress: Progress; base: string }) {
  if (!progress.from && progress.period === "recent") return null; // a plan younger than 12 weeks: one period
  const options = [
    { period: "recent" as const, label: "Laatste 12 weken" },
    { period: "all" as const, label: `Alles sinds de start (${progress.sessionCount} sessies)` },
  ];
  return (
    <nav aria-label="Periode" className="mt-4">
      <ul className="flex flex-wrap gap-2">
        {options.map((option) => {
          const current = option.period === progress.period;
          return (
            <li key={option.period}>
              <Link
                href={progressHref(base, { period: option.period, page: 1 })}
                aria-current={current ? "page" : undefined}
                className={`inline-block rounded-md border px-3 py-1.5 no-underline ${current ? "border-brand bg-brand font-medium text-white" : "border-line text-ink hover:border-brand"}`}
              >
                {option.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

function SessionPages({ total, query, base, own }: { total: number; query: ProgressQuery; base: string; own: boolean }) {
  if (total <= SESSIONS_PER_PAGE) return null;
  const first = (query.page - 1) * SESSIONS_PER_PAGE + 1;
  const last = Math.min(total, query.page * SESSIONS_PER_PAGE);
  return (
    <nav aria-label={own ? "Bladeren door je sessies" : "Bladeren door de sessies"} className="mt-3 flex flex-wrap items-baseline gap-x-6 gap-y-2">
      <p>
        Sessie {first} tot en met {last} van {total}
      </p>
      {query.page > 1 ? (
        <Link href={progressHref(base, { ...query, page: query.page - 1 }, "#logboek")} className="inline-block py-1 text-link">
          Nieuwere sessies
        </Link>
      ) : null}
      {last < total ? (
        <Link href={progressHref(base, { ...query, page: query.page + 1 }, "#logboek")} className="inline-block py-1 text-link">
          Oudere sessies
        </Link>
      ) : null}
    </nav>
  );
}
const directions = {
  patient: {
    down: "Je pijnscores dalen: je lichaam went aan de belasting.",
    up: "Je pijnscores stijgen. Bespreek dit met je therapeut; misschien moet de belasting even omlaag.",
    level: "Je pijnscores blijven ongeveer gelijk.",
  },
  staff: {
    down: "De pijnscores dalen.",
    up: "De pijnscores stijgen: overweeg de belasting te verlagen.",
    level: "De pijnscores blijven ongeveer gelijk.",
  },
} as const;

export function ProgressView({ progress, base, who, page = 1 }: { progress: Progress; base: string; who: "patient" | "staff"; page?: number }) {
  const own = who === "patient";
  const pages = Math.max(1, Math.ceil(progress.sessions.length / SESSIONS_PER_PAGE));
  const query: ProgressQuery = { period: progress.period, page: Math.min(page, pages) };
  const shown = progress.sessions.slice((query.page - 1) * SESSIONS_PER_PAGE, query.page * SESSIONS_PER_PAGE);
  return (
    <>
      <PeriodPicker progress={progress} base={base} />

      <section aria-labelledby="trainingen" className="mt-8">
        <h2 id="trainingen" className="text-2xl font-semibold">
          Trainingen per week
        </h2>
        <p className="mt-1 max-w-3xl text-muted">
          Een training is een dag waarop {own ? "je" : "de patiënt"} iets als gedaan heeft vastgelegd. Gepland is het aantal dagen dat de oefening die het
          vaakst op het plan staat vraagt.
        </p>
        <div className="mt-4">
          <AdherenceChart weeks={progress.weeks} markers={progress.markers} />
        </div>
      </section>

      <Section id="pijn" title="Pijn in de loop van de tijd" className="mt-12">
        {progress.direction ? <p className="mt-1 max-w-3xl">{directions[who][progress.direction]}</p> : null}
        <div className="mt-4">
          <PainChart points={progress.pain} markers={progress.markers} />
        </div>
      </Section>

      <Section id="logboek" title={own ? "Je sessies" : "Sessies"} className="mt-12">
        {progress.sessions.length === 0 ? (
          own ? (
            <p className="mt-2">
              Nog niets vastgelegd.{" "}
              <Link href="/portaal" className="text-link">
                Leg je eerste sessie vast
              </Link>
              .
            </p>
          ) : (
            <p className="mt-2 text-muted">De patiënt heeft nog niets vastgelegd.</p>
          )
        ) : (
          <>
            <SessionPages total={progress.sessions.length} query={query} base={base} own={own} />
            <div className="mt-4">
              <SessionTable sessions={shown} caption={own ? "Je sessies, nieuwste eerst" : "Sessies van de patiënt, nieuwste eerst"} />
            </div>
          </>
        )}
      </Section>
    </>
  );
}
