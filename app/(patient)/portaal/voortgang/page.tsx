import type { Metadata } from "next";
import Link from "next/link";
import { AdherenceChart } from "@/components/portal/adherence-chart";
import { PainChart } from "@/components/portal/pain-chart";
import { SessionTable } from "@/components/portal/session-table";
import { Notice } from "@/components/ui/notice";
import { getProgress } from "@/lib/data/progress";
import { portalSession } from "@/app/area-session";

export const metadata: Metadata = { title: "Voortgang" };

const direction = {
  down: "Je pijnscores dalen: je lichaam went aan de belasting.",
  up: "Je pijnscores stijgen. Bespreek dit met je therapeut; misschien moet de belasting even omlaag.",
  level: "Je pijnscores blijven ongeveer gelijk.",
} as const;

export default async function ProgressPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await portalSession("/portaal/voortgang");
  const all = (await searchParams).periode === "alles";
  const progress = await getProgress(session, undefined, new Date(), all ? "all" : "recent");
  if (!progress?.plan) {
    return (
      <>
        <h1 className="text-3xl font-semibold">Voortgang</h1>
        <Notice className="mt-6">Zodra je een oefenplan hebt en je sessies vastlegt, zie je hier hoe het gaat.</Notice>
      </>
    );
  }
  return (
    <>
      <h1 className="text-3xl font-semibold">Voortgang</h1>
      <p className="mt-2 text-muted">{progress.plan.title}</p>
      <p className="mt-1">
        {progress.from ? (
          <>
            De laatste 12 weken. <Link href="/portaal/voortgang?periode=alles" className="text-link">Toon alles sinds de start ({progress.sessionCount} sessies)</Link>
          </>
        ) : progress.period === "all" ? (
          <Link href="/portaal/voortgang" className="text-link">Alleen de laatste 12 weken</Link>
        ) : null}
      </p>

      <section aria-labelledby="trainingen" className="mt-8">
        <h2 id="trainingen" className="text-2xl font-semibold">
          Trainingen per week
        </h2>
        <p className="mt-1 max-w-3xl text-muted">
          Een training is een dag waarop je iets als gedaan hebt vastgelegd. Gepland is het aantal dagen dat de oefening die het vaakst op je
          plan staat van je vraagt.
        </p>
        <div className="mt-4">
          <AdherenceChart weeks={progress.weeks} />
        </div>
      </section>

      <section aria-labelledby="pijn" className="mt-12">
        <h2 id="pijn" className="text-2xl font-semibold">
          Pijn in de loop van de tijd
        </h2>
        {progress.direction ? <p className="mt-1 max-w-3xl">{direction[progress.direction]}</p> : null}
        <div className="mt-4">
          <PainChart points={progress.pain} markers={progress.markers} />
        </div>
      </section>

      <section aria-labelledby="logboek" className="mt-12">
        <h2 id="logboek" className="text-2xl font-semibold">
          Je sessies
        </h2>
        {progress.sessions.length === 0 ? (
          <p className="mt-2">
            Nog niets vastgelegd. <Link href="/portaal" className="text-link">Leg je eerste sessie vast</Link>.
          </p>
        ) : (
          <div className="mt-4">
            <SessionTable sessions={progress.sessions} />
          </div>
        )}
      </section>
    </>
  );
}
