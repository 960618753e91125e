import { auth } from "@/auth";
import { AuthRequiredError, ForbiddenError } from "@/lib/auth/actor";
import { ownAppointmentCalendar } from "@/lib/data/calendar-feeds";

/** "Zet in je agenda" in the portal: the patient's own appointment as an .ics file. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  let calendar: string | null = null;
  try {
    calendar = await ownAppointmentCalendar(await auth(), id);
  } catch (error) {
    if (!(error instanceof AuthRequiredError || error instanceof ForbiddenError)) throw error;
  }
  if (!calendar) return new Response("Niet gevonden", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(calendar, { headers: { "content-type": "text/calendar; charset=utf-8", "content-disposition": 'attachment; filename="afspraak.ics"', "cache-control": "private, no-store" } });
}
