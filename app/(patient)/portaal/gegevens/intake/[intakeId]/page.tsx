import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getOwnIntake } from "@/lib/data/intake";
import { formatDateTime } from "@/lib/time/format";
import { portalSession } from "@/app/area-session";

export const metadata: Metadata = { title: "Intake" };

const sides = { left: "links", right: "rechts", both: "beide kanten", not_applicable: "niet van toepassing" } as const;
const onsets = { acute: "plotseling", gradual: "geleidelijk" } as const;

export default async function IntakePage({ params }: { params: Promise<{ intakeId: string }> }) {
  const { intakeId } = await params;
  const session = await portalSession(`/portaal/gegevens/intake/${encodeURIComponent(intakeId)}`);
  const intake = await getOwnIntake(session, intakeId);
  if (!intake) notFound();
  return (
    <>
      <p>
        <Link href="/portaal/gegevens" className="text-link">← Mijn gegevens</Link>
      </p>
      <h1 className="mt-4 text-3xl font-semibold">Je intake van {formatDateTime(intake.createdAt)}</h1>
      <dl className="mt-6 grid max-w-2xl grid-cols-[auto_1fr] gap-x-6 gap-y-2">
        <dt className="text-muted">Waar</dt>
        <dd>{intake.complaintLocation}</dd>
        <dt className="text-muted">Kant</dt>
        <dd>{sides[intake.complaintSide]}</dd>
        <dt className="text-muted">Ontstaan</dt>
        <dd>{onsets[intake.onset]}</dd>
        <dt className="text-muted">Pijn toen</dt>
        <dd>{intake.painNow} van 10</dd>
        <dt className="text-muted">Pijn op het ergst</dt>
        <dd>{intake.painWorst} van 10</dd>
        <dt className="text-muted">Toestemming gegeven</dt>
        <dd>{formatDateTime(intake.consentAt)}</dd>
      </dl>
      <p className="mt-6 max-w-2xl text-muted">Al je antwoorden staan in de download van je gegevens.</p>
    </>
  );
}
