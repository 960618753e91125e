import type { ShortNoticeTimes } from "@/lib/data/short-notice";
import { practice } from "@/lib/practice";
import { formatDateTime } from "@/lib/time/format";

/**
 * The urgent advice's practical part: call the practice (a tel: link), the first times at short notice, and
 * when the huisarts or the huisartsenpost is the better door.
 */
export function UrgentAdvice({ shortNotice }: { shortNotice: ShortNoticeTimes | null }) {
  return (
    <div className="mt-4 space-y-4">
      <p>
        Bel ons op <a href={practice.phoneHref} className="text-link font-semibold">{practice.phone}</a>: we zoeken samen een moment vandaag of morgen.
      </p>
      {shortNotice && shortNotice.times.length ? (
        <div>
          <h3 className="font-sans text-lg font-semibold">De eerste vrije tijden ({shortNotice.serviceName})</h3>
          {shortNotice.withinTwoDays ? null : (
            <p className="mt-1">Online is er vandaag en morgen niets meer vrij. Bel ons: vaak kan er toch iets. Dit zijn de eerste tijden daarna.</p>
          )}
          <ul className="mt-1 space-y-1">
            {shortNotice.times.map((time) => (
              <li key={time.href}>
                <a href={time.href} className="text-link">
                  {formatDateTime(time.startsAt)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p>Online is er de komende twee weken geen tijd vrij. Bel ons, dan kijken we wat er wel kan.</p>
      )}
      <div>
        <h3 className="font-sans text-lg font-semibold">Wanneer naar de huisarts of de huisartsenpost?</h3>
        <ul className="mt-1 list-disc space-y-1 pl-5">
          <li>’s Avonds, in het weekend of op een feestdag, als de praktijk dicht is: bel de huisartsenpost.</li>
          <li>
            Bij klachten die verder gaan dan je hamstring: een dikke, warme of rode kuit, koorts, een been dat gevoelloos wordt of
            tintelt, of pijn na een val of ongeluk. Bel dan meteen je huisarts.
          </li>
        </ul>
      </div>
    </div>
  );
}
