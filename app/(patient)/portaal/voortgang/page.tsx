import type { Metadata } from "next";
import { ProgressView, progressQuery } from "@/components/portal/progress-view";
import { Notice } from "@/components/ui/notice";
import { getProgress } from "@/lib/data/progress";
import { portalSession } from "@/app/area-session";

export const metadata: Metadata = { title: "Voortgang" };

export default async function ProgressPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await portalSession("/portaal/voortgang");
  const query = progressQuery(await searchParams);
  const progress = await getProgress(session, undefined, new Date(), query.period);
  if (!progress?.plan) {
    return (
      <>
        <h1 className="text-3xl font-semibold">Voortgang</h1>
        <Notice className="mt-6">Zodra je een oefenplan hebt en je sessies vastlegt, zie je hier hoe het gaat.</Notice>
      </>
    );
  }
  return (
    <>
      <h1 className="text-3xl font-semibold">Voortgang</h1>
      <p className="mt-2 text-muted">{progress.plan.title}</p>
      <ProgressView progress={progress} base="/portaal/voortgang" who="patient" page={query.page} />
    </>
  );
}
