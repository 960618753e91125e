import type { ExerciseMediaView } from "@/lib/data/exercise-media";

/**
 * The therapist's own photo or short video of an exercise, with its description as caption (and, for a
 * photo, as its text alternative). A video has controls and never plays by itself; without JavaScript the
 * browser's own player still works.
 */
export function ExerciseMedia({ media, className = "" }: { media: ExerciseMediaView; className?: string }) {
  return (
    <figure className={className}>
      {media.kind === "image" ? (
        // eslint-disable-next-line @next/next/no-img-element -- served by our own access-checked route; next/image's optimizer would cache it outside that check
        <img src={media.src} alt={media.description} loading="lazy" className="h-auto max-h-80 w-full max-w-md rounded border border-line bg-white object-contain" />
      ) : (
        <video src={media.src} controls preload="metadata" playsInline aria-label={media.description} className="h-auto max-h-80 w-full max-w-md rounded border border-line bg-black">
          <a href={media.src}>Bekijk het filmpje</a>
        </video>
      )}
      <figcaption className="mt-1 text-sm text-muted">
        {media.kind === "image" ? "Foto" : "Filmpje"} van je therapeut: {media.description}
      </figcaption>
    </figure>
  );
}
