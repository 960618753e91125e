import { auth } from "@/auth";
import { removeExerciseMedia, saveExerciseMedia } from "@/lib/data/exercise-media";
import { env } from "@/lib/env";
import { ForbiddenError, AuthRequiredError } from "@/lib/auth/actor";

/**
 * The upload of an exercise's photo or video (docs/decisions/022): a plain multipart form, so it works
 * without JavaScript, posted here rather than to a server action because a file may be up to 25 MB and
 * server actions keep the app's 1 MB limit (lib/security/limits.ts names this address as the one
 * exception; proxy.ts has already refused a bigger body and any other site's request). lib/data checks
 * staff, the file's real type and its size; the answer is a redirect back to the exercise with the outcome.
 */
const back = (exerciseId: string, query: Record<string, string>) => Response.redirect(new URL(`/praktijk/oefeningen/${encodeURIComponent(exerciseId)}?${new URLSearchParams(query)}#beeld`, env.APP_URL), 303);

export async function POST(request: Request, { params }: RouteContext<"/praktijk/oefeningen/[exerciseId]/beeld">) {
  const { exerciseId } = await params;
  const session = await auth();
  try {
    const form = await request.formData().catch(() => null);
    if (form?.get("verwijderen") === "1") {
      await removeExerciseMedia(session, exerciseId);
      return back(exerciseId, { beeld: "verwijderd" });
    }
    const file = form?.get("bestand");
    const description = String(form?.get("beschrijving") ?? "");
    const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
    const result = await saveExerciseMedia(session, exerciseId, { bytes, declaredType: file instanceof File ? file.type : "", description });
    if (result.ok) return back(exerciseId, { beeld: "opgeslagen" });
    if (result.problem === "not_found") return new Response("Niet gevonden", { status: 404 });
    return back(exerciseId, { beeldfout: result.problem, beschrijving: description.slice(0, 300) });
  } catch (error) {
    if (error instanceof AuthRequiredError) return Response.redirect(new URL(`/inloggen?volgende=${encodeURIComponent(`/praktijk/oefeningen/${exerciseId}`)}`, env.APP_URL), 303);
    if (error instanceof ForbiddenError) return new Response("Geen toegang", { status: 403 });
    throw error;
  }
}
