import Link from "next/link";
import { formatPrice, type OpeningDay } from "@/lib/booking/practice-hours";
import type { PublicService } from "@/lib/data/catalogue";
import { formatMinutes } from "@/lib/time/format";

/** The parts of /praktisch that show what the practice keeps in the database. Server components only. */

export function PriceList({ services }: { services: PublicService[] }) {
  return (
    <>
      <table className="mt-3 w-full border-collapse text-left">
        <caption className="sr-only">Tarief per behandeling</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="py-2 pr-3">Behandeling en duur</th>
            <th scope="col" className="py-2 text-right">Tarief</th>
          </tr>
        </thead>
        <tbody>
          {services.map((service) => (
            <tr key={service.slug} className="border-b border-line align-top">
              <th scope="row" className="py-2 pr-3 text-left [overflow-wrap:anywhere]">
                <span className="block font-medium">{service.name}</span>
                <span className="block text-sm font-normal text-muted">{formatMinutes(service.minutes)}</span>
              </th>
              <td className="py-2 text-right whitespace-nowrap">{formatPrice(service.priceCents) ?? "op aanvraag"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-3 text-muted">
        Dit zijn de bedragen die we rekenen als je zelf betaalt. Je krijgt na elke behandeling een nota; heb je een aanvullende verzekering met
        dekking, dan sturen we die meestal rechtstreeks naar je verzekeraar.{" "}
        <Link href="/afspraak" prefetch={false} className="text-link">
          Een afspraak plannen
        </Link>
      </p>
    </>
  );
}

export function OpeningHoursTable({ days }: { days: OpeningDay[] }) {
  return (
    <table className="mt-3 w-full max-w-md border-collapse text-left">
      <caption className="sr-only">Openingstijden per dag</caption>
      <tbody>
        {days.map((day) => (
          <tr key={day.weekday} className="border-b border-line">
            <th scope="row" className="py-2 pr-3 font-medium capitalize">{day.name}</th>
            <td className="py-2">{day.ranges.length === 0 ? "gesloten" : day.ranges.map((range) => `${range.start}–${range.end}`).join(" en ")}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ComplaintsSection({ officer, committee }: { officer: string; committee: string }) {
  return (
    <div className="mt-3 space-y-3">
      <p>
        We doen ons best, maar het kan gebeuren dat iets anders loopt dan je verwachtte. Elke zorgaanbieder heeft volgens de Wet kwaliteit,
        klachten en geschillen zorg (Wkkgz) een klachtenregeling; dit is de onze.
      </p>
      <h3 className="text-xl font-semibold">Klachtenfunctionaris</h3>
      <p className="whitespace-pre-line">{officer}</p>
      <h3 className="text-xl font-semibold">Geschillencommissie</h3>
      <p className="whitespace-pre-line">{committee}</p>
    </div>
  );
}
