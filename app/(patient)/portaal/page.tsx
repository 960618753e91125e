import Link from "next/link";
import { NextAppointmentCard } from "@/components/appointments/next-appointment-card";
import { PainAdvice } from "@/components/portal/pain-advice";
import { TodayChecklist } from "@/components/portal/today-checklist";
import { WeekSessions } from "@/components/portal/week-sessions";
import { Notice } from "@/components/ui/notice";
import { nextOwnAppointment } from "@/lib/data/appointments";
import { getPortalOverview } from "@/lib/data/plan";
import { getOwnDisplayName } from "@/lib/data/profile";
import { getChecklist } from "@/lib/data/session-log";
import { formatCalendarDate, formatTime } from "@/lib/time/format";
import { saveSessionAction } from "./actions";
import { portalSession } from "@/app/area-session";

/** The portal opens on today's checklist; `?dag=gisteren` logs or corrects yesterday. */
export default async function PortalToday({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await portalSession("/portaal");
  const query = await searchParams;
  const yesterday = query.dag === "gisteren";
  const [{ name }, overview, checklist, nextAppointment] = await Promise.all([
    getOwnDisplayName(session),
    getPortalOverview(session),
    getChecklist(session, yesterday ? "yesterday" : "today"),
    nextOwnAppointment(session),
  ]);
  const { plan, thisWeek } = overview;
  const dayLabel = yesterday ? "Gisteren" : "Vandaag";
  return (
    <>
      {/* Right after activation (?welkom=1) the greeting says so. */}
      <p className="text-muted">
        {query.welkom === "1" ? `Welkom, ${name.split(" ")[0]}. Je portaal is klaar.` : `Hallo ${name.split(" ")[0]}`}
      </p>
      <h1 className="text-3xl font-semibold">{dayLabel}</h1>
      {checklist ? (
        <p className="mt-1 text-muted">
          {formatCalendarDate(checklist.date)} · fase {checklist.phase.position}: {checklist.phase.title}
        </p>
      ) : null}

      {!plan ? (
        <Notice className="mt-6">
          Je hebt nog geen oefenplan. Na je bewegingsketenanalyse stelt je therapeut samen met jou een plan op; dat verschijnt dan hier.
        </Notice>
      ) : !checklist ? (
        <Notice className="mt-6">Je therapeut zet de volgende fase van je plan klaar. Zodra die begint, staat hier wat je vandaag doet.</Notice>
      ) : (
        <div className="mt-6 grid gap-8 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
          <div className="space-y-6">
            {!yesterday ? <PainAdvice advice={checklist.advice} /> : null}
            {checklist.day ? (
              <p className="text-sm text-ok">
                {dayLabel} al vastgelegd (laatst om {formatTime(checklist.day.updatedAt)}). Je kunt het tot en met {yesterday ? "vandaag" : "morgen"} aanpassen.
              </p>
            ) : null}
            <TodayChecklist checklist={checklist} action={saveSessionAction} dayLabel={dayLabel} />
            <p>
              {yesterday ? (
                <Link href="/portaal" className="text-link">Terug naar vandaag</Link>
              ) : (
                <Link href="/portaal?dag=gisteren" className="text-link">Gisteren nog vastleggen of aanpassen</Link>
              )}
            </p>
          </div>
          <aside className="space-y-6">
            <section aria-labelledby="week" className="rounded-md border border-line bg-surface p-5">
              <h2 id="week" className="text-xl font-semibold">
                Deze week
              </h2>
              {thisWeek ? <WeekSessions week={thisWeek} /> : null}
              <p className="mt-3">
                <Link href="/portaal/voortgang" className="text-link">Je voortgang over de weken</Link>
              </p>
              <p className="mt-1">
                <Link href="/portaal/plan" className="text-link">Je hele plan met uitleg per oefening</Link>
              </p>
            </section>
          </aside>
        </div>
      )}

      <div className="mt-10">
        <NextAppointmentCard appointment={nextAppointment} />
      </div>
    </>
  );
}
