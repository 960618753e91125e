import Link from "next/link";
import { NextAppointmentCard } from "@/components/appointments/next-appointment-card";
import { WeekSessions } from "@/components/portal/week-sessions";
import { LinkButton } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { nextOwnAppointment } from "@/lib/data/appointments";
import { getPortalOverview } from "@/lib/data/plan";
import { getOwnDisplayName } from "@/lib/data/profile";
import { portalSession } from "@/app/area-session";

export default async function PortalHome() {
  const session = await portalSession("/portaal");
  const [{ name }, overview, nextAppointment] = await Promise.all([
    getOwnDisplayName(session),
    getPortalOverview(session),
    nextOwnAppointment(session),
  ]);
  const { plan, thisWeek, loggedToday } = overview;
  return (
    <>
      <h1 className="text-3xl font-semibold">Welkom, {name.split(" ")[0]}</h1>
      <p className="mt-2 text-muted">Hier vind je je oefenplan, je voortgang, je afspraken en je gegevens.</p>

      <div className="mt-8">
        <NextAppointmentCard appointment={nextAppointment} />
      </div>

      {!plan ? (
        <Notice className="mt-8">
          Je hebt nog geen oefenplan. Na je bewegingsketenanalyse stelt je therapeut samen met jou een plan op; dat verschijnt dan hier.
        </Notice>
      ) : (
        <div className="mt-8 grid gap-6 md:grid-cols-2">
          <section aria-labelledby="fase" className="rounded-md border border-line bg-surface p-5">
            <h2 id="fase" className="text-xl font-semibold">
              Waar je nu bent
            </h2>
            {plan.currentPhase ? (
              <>
                <p className="mt-2 text-sm text-muted">
                  Fase {plan.currentPhase.position} van {plan.phaseCount} · week {plan.week} van je plan
                </p>
                <p className="mt-1 font-serif text-2xl font-semibold">{plan.currentPhase.title}</p>
                <p className="mt-2">{plan.currentPhase.goal}</p>
              </>
            ) : (
              <p className="mt-2">Je therapeut zet de volgende fase van je plan klaar.</p>
            )}
            <p className="mt-4">
              <Link href="/portaal/plan" className="text-link">Bekijk je oefeningen</Link>
            </p>
          </section>

          <section aria-labelledby="week" className="rounded-md border border-line bg-surface p-5">
            <h2 id="week" className="text-xl font-semibold">
              Deze week
            </h2>
            {thisWeek ? <WeekSessions week={thisWeek} /> : null}
            <p className="mt-3">
              {loggedToday > 0 ? "Je hebt vandaag al iets vastgelegd. Je kunt het vandaag nog aanpassen." : "Vandaag nog niets vastgelegd."}
            </p>
            {plan.currentPhase ? (
              <p className="mt-4">
                <LinkButton href="/portaal/plan/vastleggen">{loggedToday > 0 ? "Sessie van vandaag aanpassen" : "Sessie van vandaag vastleggen"}</LinkButton>
              </p>
            ) : null}
            <p className="mt-3">
              <Link href="/portaal/voortgang" className="text-link">Je voortgang over de weken</Link>
            </p>
          </section>
        </div>
      )}
    </>
  );
}
