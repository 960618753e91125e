import { formatDateTime } from "@/lib/time/format";

/** The head of one version in an amend-only record's history: which version, by whom, when, and why. */
export function RevisionIntro({ revision }: { revision: { revision: number; authorName: string; createdAt: Date; amendmentReason: string } }) {
  return (
    <>
      <h3 className="text-lg font-semibold">
        Versie {revision.revision} · {revision.authorName} · {formatDateTime(revision.createdAt)}
      </h3>
      {revision.revision === 1 ? (
        <p className="mt-1 text-muted">Eerste vastlegging.</p>
      ) : (
        <p className="mt-1">
          <span className="font-medium">Reden:</span> {revision.amendmentReason}
        </p>
      )}
    </>
  );
}
