import type { Metadata } from "next";
import Link from "next/link";
import { readOwnAccessLog } from "@/lib/data/access-log";
import { formatDateTime, formatTime } from "@/lib/time/format";
import { portalSession } from "@/app/area-session";

export const metadata: Metadata = { title: "Wie heeft mijn dossier ingezien" };

/** NEN 7513: the patient reads who opened or changed their record, in the same words as the practice's log. */
export default async function AccessLogPage() {
  const session = await portalSession("/portaal/gegevens/inzage");
  const lines = await readOwnAccessLog(session);
  return (
    <>
      <p>
        <Link href="/portaal/gegevens" className="text-link">
          ← Mijn gegevens
        </Link>
      </p>
      <h1 className="mt-4 text-3xl font-semibold">Wie heeft mijn dossier ingezien</h1>
      <p className="mt-2 max-w-2xl">
        Elke keer dat iemand van de praktijk je dossier opent of iets vastlegt, wordt dat bewaard. Hier zie je dat overzicht, nieuwste eerst. Wie
        binnen een paar minuten meerdere keren hetzelfde bekeek, staat op één regel met het aantal keer. Klopt er iets niet? Vraag het aan je
        fysiotherapeut of mail de praktijk.
      </p>
      {lines.length === 0 ? (
        <p className="mt-8">Nog niemand van de praktijk heeft je dossier geopend.</p>
      ) : (
        <ol className="mt-8 space-y-3">
          {lines.map((line) => (
            <li key={`${line.occurredAt.toISOString()}-${line.sentence}`} className="rounded-lg border border-line bg-surface p-3">
              <p>
                {line.sentence}
                {line.count > 1 ? <strong> ({line.count} keer)</strong> : null}
              </p>
              <p className="text-sm text-muted">
                <time dateTime={line.occurredAt.toISOString()}>{formatDateTime(line.occurredAt)}</time>
                {line.count > 1 ? ` (eerste keer om ${formatTime(line.oldest)})` : ""}
              </p>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
