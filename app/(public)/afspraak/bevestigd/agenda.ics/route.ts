import { cookies } from "next/headers";
import { confirmationCalendar } from "@/lib/data/calendar-feeds";
import { BOOKING_COOKIE } from "../../booking-cookie";

/** "Zet in je agenda" on the confirmation page: authorised by the same short-lived cookie as the page. */
export async function GET() {
  const key = (await cookies()).get(BOOKING_COOKIE)?.value;
  const calendar = key ? await confirmationCalendar(key) : null;
  if (!calendar) return new Response("Niet gevonden", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(calendar, { headers: { "content-type": "text/calendar; charset=utf-8", "content-disposition": 'attachment; filename="afspraak.ics"', "cache-control": "private, no-store" } });
}
