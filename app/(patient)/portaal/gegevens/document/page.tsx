import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PlanSection, LogSection } from "@/components/portal/data-document/plan-sections";
import { AccessSection, AppointmentsSection, IntakesSection, OutcomesSection, PersonalSection } from "@/components/portal/data-document/record-sections";
import { PrintButton } from "@/components/portal/print-button";
import { readOwnAccessLog } from "@/lib/data/access-log";
import { exportPatientData } from "@/lib/data/export";
import { getOutcomes } from "@/lib/data/outcomes";
import { practice } from "@/lib/practice";
import { formatDateTime } from "@/lib/time/format";
import { portalSession } from "@/app/area-session";

export const metadata: Metadata = { title: "Mijn gegevens als document" };

/**
 * The patient's own data as a document a person can read and print (issue 16, point 9), beside the JSON
 * download. Only the owner: the portal session names the patient, no id is taken from the request.
 */
export default async function DataDocumentPage() {
  const session = await portalSession("/portaal/gegevens/document");
  const data = await exportPatientData(session);
  if (!data) notFound();
  const [outcomes, accessLog] = await Promise.all([getOutcomes(session), readOwnAccessLog(session)]);
  return (
    <article className="max-w-4xl print:max-w-none">
      <div className="no-print mb-6 flex flex-wrap items-center gap-4">
        <Link href="/portaal/gegevens" className="text-link">
          ← Mijn gegevens
        </Link>
        <PrintButton />
        <a href="/portaal/gegevens/export" download className="text-link">
          Download als bestand (JSON)
        </a>
      </div>
      <header>
        <p className="text-sm text-muted">{practice.name}</p>
        <h1 className="text-3xl font-semibold print:text-[18pt]">Gegevens van {data.profile.fullName}</h1>
        <p className="mt-1 text-sm text-muted">
          Alles wat de praktijk over je bewaart, op {formatDateTime(new Date(data.exportedAt))}. Vragen of iets dat niet klopt? Mail {practice.email} of
          bel {practice.phone}.
        </p>
      </header>
      <PersonalSection data={data} />
      <AppointmentsSection data={data} />
      <IntakesSection data={data} />
      <PlanSection data={data} />
      <LogSection data={data} />
      <OutcomesSection outcomes={outcomes} />
      <AccessSection lines={accessLog} />
    </article>
  );
}
