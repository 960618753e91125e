import type { Metadata } from "next";
import { listWaitlistForStaff } from "@/lib/data/waitlist";
import { formatCalendarDate, formatShortDate } from "@/lib/time/format";
import { todayIn } from "@/lib/time/zone";
import { dayPartLabels, weekdayLabels, type DayPart } from "@/lib/waitlist/match";
import { staffSession } from "../settings-guard";

export const metadata: Metadata = { title: "Wachtlijst" };

export default async function StaffWaitlistPage() {
  const session = await staffSession("/praktijk/wachtlijst");
  const entries = await listWaitlistForStaff(session, todayIn(new Date()));
  return (
    <>
      <h1 className="text-3xl font-semibold">Wachtlijst</h1>
      <p className="mt-2 max-w-3xl text-muted">
        Wie op een vrijgekomen tijd wacht, langst wachtend eerst. Valt een afspraak weg, dan krijgen de eersten die dan kunnen automatisch een aanbod per
        e-mail; de praktijkregels bepalen hoeveel tegelijk en hoe lang het geldt.
      </p>
      {entries.length === 0 ? (
        <p className="mt-6">Niemand wacht op dit moment.</p>
      ) : (
        <table className="mt-6 w-full text-left text-sm">
          <caption className="sr-only">Wachtenden, langst wachtend eerst</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-2 pr-4">Naam</th>
              <th scope="col" className="py-2 pr-4">Behandeling</th>
              <th scope="col" className="py-2 pr-4">Wanneer</th>
              <th scope="col" className="py-2 pr-4">Tot en met</th>
              <th scope="col" className="py-2">Sinds · aanbiedingen</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id} className="border-b border-line align-top">
                <td className="py-2 pr-4">
                  {entry.name}
                  <span className="block text-muted">{entry.email}</span>
                </td>
                <td className="py-2 pr-4">
                  {entry.serviceName}
                  <span className="block text-muted">{entry.therapistName ?? "geen voorkeur"}</span>
                </td>
                <td className="py-2 pr-4">
                  {entry.weekdays.map((d) => weekdayLabels[d]).join(", ")}
                  <span className="block text-muted">{entry.dayParts.map((p) => dayPartLabels[p as DayPart]).join(", ")}</span>
                </td>
                <td className="py-2 pr-4">{formatCalendarDate(entry.untilDate)}</td>
                <td className="py-2">
                  {formatShortDate(entry.createdAt)} · {entry.offers}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
