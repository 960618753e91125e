import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PlanDetails } from "@/components/portal/plan-details";
import { mediaForPlanExercises } from "@/lib/data/exercise-media";
import { getPlan } from "@/lib/data/plan";
import { portalSession } from "@/app/area-session";

export const metadata: Metadata = { title: "Oefenplan" };

export default async function PlanPage({ params }: { params: Promise<{ planId: string }> }) {
  const { planId } = await params;
  const session = await portalSession(`/portaal/plan/${encodeURIComponent(planId)}`);
  const plan = await getPlan(session, planId);
  if (!plan) notFound();
  const media = await mediaForPlanExercises(session, plan.phases.flatMap((phase) => phase.exercises.map((exercise) => exercise.id)));
  return <PlanDetails plan={plan} media={media} />;
}
