import Link from "next/link";
import type { Progress } from "@/lib/data/progress";
import { AdherenceChart } from "./adherence-chart";
import { PainChart } from "./pain-chart";
import { SessionTable } from "./session-table";
import { Section } from "@/components/ui/section";

/**
 * The progress page's body, for the patient (portal) and for the therapist (workspace): trainings per week,
 * the pain trend with phase changes and appointments marked, and one row per session. `base` is the page's
 * own address (for the period links); `who` chooses the wording.
 */
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

export function ProgressView({ progress, base, who }: { progress: Progress; base: string; who: "patient" | "staff" }) {
  const own = who === "patient";
  return (
    <>
      <p className="mt-1">
        {progress.from ? (
          <>
            De laatste 12 weken.{" "}
            <Link href={`${base}?periode=alles`} className="text-link">
              Toon alles sinds de start ({progress.sessionCount} sessies)
            </Link>
          </>
        ) : progress.period === "all" ? (
          <Link href={base} className="text-link">
            Alleen de laatste 12 weken
          </Link>
        ) : null}
      </p>

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
          <div className="mt-4">
            <SessionTable sessions={progress.sessions} caption={own ? "Je sessies, nieuwste eerst" : "Sessies van de patiënt, nieuwste eerst"} />
          </div>
        )}
      </Section>
    </>
  );
}
