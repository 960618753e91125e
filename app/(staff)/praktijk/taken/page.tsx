import type { Metadata } from "next";
import { ButtonForm } from "@/components/staff-settings/button-form";
import { Notice } from "@/components/ui/notice";
import { readJobOverview, type JobProblem } from "@/lib/data/staff/jobs";
import { formatShortDate, formatTime } from "@/lib/time/format";
import { adminPageSession } from "../settings-guard";
import { retryJobAction } from "./actions";

export const metadata: Metadata = { title: "Taken" };

const when = (instant: Date) => `${formatShortDate(instant)}, ${formatTime(instant)}`;

function state(problem: JobProblem): string {
  if (problem.status === "failed") return `Opgegeven na ${problem.attempts} pogingen${problem.failedAt ? ` (${when(problem.failedAt)})` : ""}`;
  return `Poging ${problem.attempts} van ${problem.maxAttempts} mislukt${problem.nextRunAt ? `; volgende poging ${when(problem.nextRunAt)}` : ""}`;
}

export default async function JobsPage({ searchParams }: { searchParams: Promise<{ melding?: string }> }) {
  const session = await adminPageSession("/praktijk/taken");
  const overview = await readJobOverview(session);
  const { melding } = await searchParams;

  return (
    <>
      <h1 className="text-3xl font-semibold">Taken</h1>
      <p className="mt-2 max-w-3xl text-muted">
        Herinneringen, e-mails, sms&apos;jes en wachtlijstaanbiedingen worden als taak op de achtergrond verstuurd. Lukt een taak niet, dan probeert
        Keten het later opnieuw, met steeds langere pauzes. Hier zie je wat blijft mislukken.
      </p>
      {melding === "opnieuw" ? (
        <div className="mt-4">
          <Notice tone="success">De taak staat weer in de wachtrij en wordt zo snel mogelijk opnieuw geprobeerd.</Notice>
        </div>
      ) : null}
      <dl className="mt-6 grid max-w-xl grid-cols-3 gap-4">
        {[
          ["Wachtend", overview.waiting],
          ["Bezig", overview.running],
          ["Mislukt", overview.failed],
        ].map(([label, n]) => (
          <div key={label} className="rounded-lg border border-line p-3">
            <dt className="text-sm text-muted">{label}</dt>
            <dd className="text-2xl font-semibold">{n}</dd>
          </div>
        ))}
      </dl>

      <h2 className="mt-8 text-xl font-semibold">Taken met problemen</h2>
      {overview.problems.length === 0 ? (
        <p className="mt-2">Er is niets mislukt. Alle taken lopen zoals bedoeld.</p>
      ) : (
        <table className="mt-3 w-full text-left text-sm">
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-2 pr-4">Taak</th>
              <th scope="col" className="py-2 pr-4">Stand</th>
              <th scope="col" className="py-2 pr-4">Laatste foutmelding</th>
              <th scope="col" className="py-2">Actie</th>
            </tr>
          </thead>
          <tbody>
            {overview.problems.map((problem) => (
              <tr key={problem.id} className="border-b border-line align-top">
                <td className="py-2 pr-4">{problem.kindLabel}</td>
                <td className="py-2 pr-4">{state(problem)}</td>
                <td className="py-2 pr-4 break-all">{problem.lastError}</td>
                <td className="py-2">
                  {problem.status === "failed" ? (
                    <ButtonForm action={retryJobAction} fields={{ jobId: problem.id }} label="Opnieuw proberen" accessibleLabel={`Opnieuw proberen: ${problem.kindLabel}`} />
                  ) : (
                    <span className="text-muted">Loopt nog</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
