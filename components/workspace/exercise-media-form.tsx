import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { ExerciseMedia } from "@/components/exercises/exercise-media";
import type { ExerciseMediaView, MediaProblem } from "@/lib/data/exercise-media";
import type { ExerciseIllustration } from "@/lib/plans/exercise-illustrations";
import { MEDIA_MAX_BYTES } from "@/lib/security/limits";

/**
 * The library's pictures of one exercise: the practice's drawing, and the therapist's own photo or short
 * video beside it, with the form to add, replace or remove that. A plain multipart form posted to the
 * upload route (files up to 25 MB do not fit a server action's 1 MB, decision 022), so it needs no script.
 */
const MB = 1_048_576;
const limits = `Een foto (JPEG, PNG of WebP) tot ${MEDIA_MAX_BYTES.image / MB} MB of een filmpje (MP4 of WebM) tot ${MEDIA_MAX_BYTES.video / MB} MB. Patiënten met deze oefening in hun plan zien het naast de tekening.`;

export const mediaProblemText: Record<Exclude<MediaProblem, "not_found">, string> = {
  no_file: "Kies een foto of filmpje om te uploaden.",
  type: "Dit bestand is geen JPEG-, PNG- of WebP-foto en geen MP4- of WebM-filmpje. Er is niets opgeslagen.",
  mismatch: "Wat in het bestand zit past niet bij de naam of het soort bestand. Sla het opnieuw op als JPEG, PNG, WebP, MP4 of WebM.",
  too_large: `Dit bestand is te groot: een foto mag hoogstens ${MEDIA_MAX_BYTES.image / MB} MB zijn en een filmpje ${MEDIA_MAX_BYTES.video / MB} MB.`,
  description: "Beschrijf in één zin wat er te zien is (hoogstens 300 tekens).",
};

export function ExerciseMediaSection(props: {
  exerciseId: string;
  illustration: ExerciseIllustration | null;
  media: ExerciseMediaView | null;
  outcome?: "opgeslagen" | "verwijderd";
  problem?: Exclude<MediaProblem, "not_found">;
  description?: string;
}) {
  const { exerciseId, illustration, media, outcome, problem } = props;
  const action = `/praktijk/oefeningen/${exerciseId}/beeld`;
  const fileError = problem && problem !== "description" ? [mediaProblemText[problem]] : undefined;
  const descriptionError = problem === "description" ? [mediaProblemText.description] : undefined;
  return (
    <section id="beeld" aria-labelledby="beeld-titel" className="mt-8 max-w-4xl">
      <h2 id="beeld-titel" className="text-2xl font-semibold">
        Tekening, foto en filmpje
      </h2>
      {outcome ? (
        <Notice tone="success" live="polite" className="mt-4">
          {outcome === "opgeslagen" ? "De foto of het filmpje is opgeslagen." : "De foto of het filmpje is verwijderd."}
        </Notice>
      ) : null}
      <div className="mt-4 grid gap-6 md:grid-cols-2">
        {illustration ? (
          <figure>
            {/* eslint-disable-next-line @next/next/no-img-element -- a static SVG drawn for the practice */}
            <img src={illustration.src} alt={illustration.title} width={320} height={200} className="h-auto w-full max-w-md rounded border border-line bg-white" />
            <figcaption className="mt-1 text-sm text-muted">{illustration.description}</figcaption>
          </figure>
        ) : (
          <p className="text-muted">Voor deze oefening is nog geen tekening gemaakt.</p>
        )}
        {media ? <ExerciseMedia media={media} /> : <p className="text-muted">Nog geen eigen foto of filmpje.</p>}
      </div>
      <form action={action} method="post" encType="multipart/form-data" className="mt-6 grid max-w-2xl gap-4 rounded-md border border-line p-5">
        <h3 className="text-lg font-semibold">{media ? "Foto of filmpje vervangen" : "Foto of filmpje toevoegen"}</h3>
        <TextField name="bestand" type="file" label="Bestand" hint={limits} errors={fileError} accept="image/jpeg,image/png,image/webp,video/mp4,video/webm" required />
        <TextField name="beschrijving" label="Wat is er te zien?" hint="Eén zin, voor wie het beeld niet ziet, bijvoorbeeld: 'Startpositie: op de knieën, enkels vastgehouden.'" errors={descriptionError} defaultValue={props.description ?? media?.description ?? ""} maxLength={300} required />
        <div>
          <SubmitButton pendingLabel="Bezig met uploaden…">{media ? "Vervangen" : "Uploaden"}</SubmitButton>
        </div>
      </form>
      {media ? (
        <form action={action} method="post" className="mt-3">
          <input type="hidden" name="verwijderen" value="1" />
          <SubmitButton variant="danger" pendingLabel="Bezig…">
            Foto of filmpje verwijderen
          </SubmitButton>
        </form>
      ) : null}
    </section>
  );
}
