import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
import { SubmitButton } from "@/components/ui/submit-button";
import { Notice } from "@/components/ui/notice";
import { listOpenErasureRequests } from "@/lib/data/staff/erasure";
import { searchPatients } from "@/lib/data/staff/patients";
import { formatBirthDate } from "@/lib/time/birth-date";
import { workspaceSession } from "@/app/area-session";
import { formatCount, formatDate } from "@/lib/time/format";

export const metadata: Metadata = { title: "Patiënten" };

export default async function PatientsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = (await searchParams).q;
  const query = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 100) ?? "";
  const session = await workspaceSession("/praktijk/patienten");
  const [result, erasure] = await Promise.all([searchPatients(session, query), listOpenErasureRequests(session)]);
  return (
    <>
      <h1 className="text-3xl font-semibold">Patiënten</h1>
      {erasure.length ? (
        <Notice tone="warning" className="mt-4" title={`${formatCount(erasure.length, "open verzoek", "open verzoeken")} om verwijdering`}>
          <ul className="mt-1">
            {erasure.map((request) => (
              <li key={request.id}>
                <Link href={`/praktijk/patienten/${request.patientId}/verwijderverzoek`} className="underline underline-offset-2">
                  {request.patientName}, ontvangen {formatDate(request.createdAt)}
                </Link>
              </li>
            ))}
          </ul>
        </Notice>
      ) : null}
      <Form action="/praktijk/patienten" className="mt-6 flex flex-wrap items-end gap-3" role="search">
        <div className="min-w-0 flex-1 basis-64">
          <label htmlFor="q" className="block font-medium">
            Zoek op naam, e-mailadres of geboortedatum
          </label>
          <p id="q-hint" className="mt-1 text-sm text-muted">
            Een deel is genoeg, hoofdletters maken niet uit. Een geboortedatum typ je als dd-mm-jjjj.
          </p>
          <input id="q" type="search" name="q" defaultValue={query} aria-describedby="q-hint" className="mt-1 block w-full rounded-md border border-line bg-surface px-3 py-2" />
        </div>
        <SubmitButton>Zoeken</SubmitButton>
      </Form>
      <p className="mt-4" role="status">
        {result.total === 0
          ? query
            ? `Geen patiënten gevonden voor ‘${query}’.`
            : "Er zijn nog geen patiënten."
          : result.total > result.patients.length
            ? `De eerste ${result.patients.length} van ${result.total} patiënten${query ? ` voor ‘${query}’` : ""}. Zoek gerichter om de rest te vinden.`
            : `${formatCount(result.total, "patiënt", "patiënten")}${query ? ` gevonden voor ‘${query}’` : ""}.`}
      </p>
      {result.patients.length > 0 ? (
        <div className="mt-4 overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">Patiënten{query ? ` gevonden voor ‘${query}’` : ""}</caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-2 pr-4">
                  Naam
                </th>
                <th scope="col" className="py-2 pr-4">
                  E-mailadres
                </th>
                <th scope="col" className="py-2">
                  Geboortedatum
                </th>
              </tr>
            </thead>
            <tbody>
              {result.patients.map((patient) => (
                <tr key={patient.id} className="border-b border-line">
                  <th scope="row" className="py-2 pr-4 font-normal">
                    <Link href={`/praktijk/patienten/${patient.id}`} className="underline underline-offset-2">
                      {patient.name}
                    </Link>
                  </th>
                  <td className="break-all py-2 pr-4">{patient.email}</td>
                  <td className="py-2 whitespace-nowrap">{formatBirthDate(patient.dateOfBirth)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <p className="mt-6 text-sm text-muted">Elke zoekopdracht wordt vastgelegd in het inzagelog.</p>
    </>
  );
}
