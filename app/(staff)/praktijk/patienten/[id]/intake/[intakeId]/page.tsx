import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { IntakeReview } from "@/components/workspace/intake-review";
import { getPatientIntake } from "@/lib/data/staff/patients";
import { formatBirthDate } from "@/lib/time/birth-date";
import { formatDate } from "@/lib/time/format";
import { workspaceSession } from "@/app/area-session";

export const metadata: Metadata = { title: "Intake" };

export default async function StaffIntakePage({ params }: { params: Promise<{ id: string; intakeId: string }> }) {
  const { id, intakeId } = await params;
  const view = await getPatientIntake(await workspaceSession("/praktijk/patienten"), id, intakeId);
  if (!view) notFound();
  const base = `/praktijk/patienten/${view.patient.id}`;
  return (
    <>
      <p>
        <Link href={base} className="underline underline-offset-2">
          ← {view.patient.name}
        </Link>
      </p>
      <h1 className="mt-4 text-3xl font-semibold">Intake van {view.patient.name}</h1>
      <p className="mt-2 text-muted">
        Geboren {formatBirthDate(view.patient.dateOfBirth)} · ingevuld op {formatDate(view.intake.createdAt)}
      </p>
      <div className="mt-4">
        <IntakeReview intake={view.intake} groupHeading="h2" />
      </div>
      <p className="mt-8 flex flex-wrap gap-x-6 gap-y-2">
        <Link href={`${base}/beoordelingen/nieuw`} className="underline underline-offset-2">
          Nieuwe beoordeling
        </Link>
        <Link href={`${base}/vervolgafspraak`} className="underline underline-offset-2">
          Vervolgafspraak plannen
        </Link>
      </p>
      <p className="mt-8 text-sm text-muted">Het openen van deze intake wordt vastgelegd in het inzagelog.</p>
    </>
  );
}
