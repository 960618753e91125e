import { auth } from "@/auth";
import { currentActor, secondFactorStep } from "@/lib/auth/actor";
import { exportPatientData } from "@/lib/data/export";
import { env } from "@/lib/env";
import { todayIn } from "@/lib/time/zone";

/** The patient's own data as a JSON download (AVG right of access). */
export async function GET() {
  const session = await auth();
  const actor = await currentActor(session);
  if (!actor || actor.role !== "patient" || secondFactorStep(actor)) {
    return Response.redirect(new URL("/inloggen?volgende=%2Fportaal%2Fgegevens", env.APP_URL), 303);
  }
  const data = await exportPatientData(session);
  if (!data) return new Response("Niet gevonden", { status: 404 });
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="mijn-gegevens-${todayIn(new Date())}.json"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
