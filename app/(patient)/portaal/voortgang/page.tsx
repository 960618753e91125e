import type { Metadata } from "next";
import Link from "next/link";
import { AdherenceChart } from "@/components/portal/adherence-chart";
import { shortDateWithWeekday } from "@/components/portal/calendar-dates";
import { PainChart } from "@/components/portal/pain-chart";
import { Notice } from "@/components/ui/notice";
import { getProgress } from "@/lib/data/progress";
import { portalSession } from "@/app/area-session";

export const metadata: Metadata = { title: "Voortgang" };

const direction = {
  down: "Je pijnscores dalen: je lichaam went aan de belasting.",
  up: "Je pijnscores stijgen. Bespreek dit met je therapeut; misschien moet de belasting even omlaag.",
  level: "Je pijnscores blijven ongeveer gelijk.",
} as const;

export default async function ProgressPage() {
  const session = await portalSession("/portaal/voortgang");
  const progress = await getProgress(session);
  if (!progress?.plan) {
    return (
      <>
        <h1 className="text-3xl font-semibold">Voortgang</h1>
        <Notice className="mt-6">Zodra je een oefenplan hebt en je sessies vastlegt, zie je hier hoe het gaat.</Notice>
      </>
    );
  }
  const logs = progress.logs.slice(0, 60);
  return (
    <>
      <h1 className="text-3xl font-semibold">Voortgang</h1>
      <p className="mt-2 text-muted">{progress.plan.title}</p>

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
          <PainChart points={progress.pain} />
        </div>
      </section>

      <section aria-labelledby="logboek" className="mt-12">
        <h2 id="logboek" className="text-2xl font-semibold">
          Wat je hebt vastgelegd
        </h2>
        {logs.length === 0 ? (
          <p className="mt-2">
            Nog niets vastgelegd. <Link href="/portaal/plan/vastleggen" className="text-link">Leg je eerste sessie vast</Link>.
          </p>
        ) : (
          <div className="mt-4 overflow-x-auto">
            <table className="w-full border-collapse text-left text-sm">
              <caption className="sr-only">Je vastgelegde sessies, nieuwste eerst</caption>
              <thead>
                <tr className="border-b border-line">
                  <th scope="col" className="py-1 pr-4">Dag</th>
                  <th scope="col" className="py-1 pr-4">Wat</th>
                  <th scope="col" className="py-1 pr-4">Gedaan</th>
                  <th scope="col" className="py-1 pr-4">Pijn tijdens</th>
                  <th scope="col" className="py-1 pr-4">Pijn erna</th>
                  <th scope="col" className="py-1">Notitie</th>
                </tr>
              </thead>
              <tbody>
                {logs.map((log, i) => (
                  <tr key={`${log.date}-${log.exerciseName ?? "dag"}-${i}`} className="border-b border-line align-top">
                    <td className="py-1 pr-4 whitespace-nowrap">{shortDateWithWeekday(log.date)}</td>
                    <td className="py-1 pr-4">{log.exerciseName ?? "Hele sessie"}</td>
                    <td className="py-1 pr-4">{log.done ? "ja" : "nee"}</td>
                    <td className="py-1 pr-4">{log.painDuring ?? "–"}</td>
                    <td className="py-1 pr-4">{log.painAfter ?? "–"}</td>
                    <td className="py-1">{log.note}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
