import "server-only";
import { isDatabaseUnavailable } from "./db-errors";
import { addDays, todayIn } from "@/lib/time/zone";
import { bookingHref, NO_PREFERENCE } from "@/lib/validation/booking";
import { findFreeSlots, listBookableServices } from "./availability";

/**
 * The first free times at short notice, for the self-check's urgent advice: the shortest bookable treatment
 * (a possible tear needs a look soon, not a one-hour analysis), with anyone. Times within the next two days
 * come first; when those are all taken (a Friday evening with a full Saturday, say) the first times after
 * them, marked `withinTwoDays: false` so the advice says so instead of going quiet. Public like the booking
 * page; null when the agenda cannot be read (the advice then only gives the phone number).
 */
export type ShortNoticeTimes = { serviceName: string; withinTwoDays: boolean; times: { startsAt: Date; href: string }[] };

const TWO_DAYS = 2 * 24 * 60 * 60 * 1000;
/** How far the fallback looks: two weeks is "within days" stretched as far as an urgent case should wait. */
const FALLBACK_DAYS = 14;

export async function firstShortNoticeTimes(now = new Date(), count = 3): Promise<ShortNoticeTimes | null> {
  try {
    const services = await listBookableServices();
    const shortest = [...services].sort((a, b) => a.minutes - b.minutes)[0];
    if (!shortest) return null;
    const search = await findFreeSlots({ serviceSlug: shortest.slug, therapistSlug: null, now, toDate: addDays(todayIn(now), FALLBACK_DAYS) });
    const slots = search?.slots ?? [];
    const soon = slots.filter((slot) => slot.start - now.getTime() <= TWO_DAYS);
    const shown = (soon.length ? soon : slots).slice(0, count);
    return {
      serviceName: shortest.name,
      withinTwoDays: soon.length > 0,
      times: shown.map((slot) => ({
        startsAt: new Date(slot.start),
        href: bookingHref({ dienst: shortest.slug, therapeut: NO_PREFERENCE, tijd: new Date(slot.start).toISOString() }),
      })),
    };
  } catch (error) {
    if (isDatabaseUnavailable(error)) return null;
    throw error;
  }
}
