import { auth } from "@/auth";
import { currentActor, secondFactorStep } from "@/lib/auth/actor";
import { exportAuditLogCsv } from "@/lib/data/staff/audit-export";
import { env } from "@/lib/env";
import { todayIn } from "@/lib/time/zone";
import { parseAuditLogFilters } from "@/lib/validation/audit-log";

/** The filtered audit log as a CSV download for the privacy officer (admins only; the check is in lib/data). */
export async function GET(request: Request) {
  const session = await auth();
  const actor = await currentActor(session);
  if (!actor || secondFactorStep(actor)) return Response.redirect(new URL("/inloggen?volgende=%2Fpraktijk%2Finzagelog", env.APP_URL), 303);
  if (actor.role === "patient") return Response.redirect(new URL("/portaal", env.APP_URL), 303);
  if (actor.role !== "admin") return new Response("Geen toegang: de inzagelog is alleen voor de beheerder van de praktijk.", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const { filters } = parseAuditLogFilters(Object.fromEntries(new URL(request.url).searchParams));
  const { csv } = await exportAuditLogCsv(session, filters);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="inzagelog-${todayIn(new Date())}.csv"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
