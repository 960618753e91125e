import type { Metadata } from "next";
import Link from "next/link";
import { PlanDetails } from "@/components/portal/plan-details";
import { mediaForPlanExercises } from "@/lib/data/exercise-media";
import { Notice } from "@/components/ui/notice";
import { Section } from "@/components/ui/section";
import { getActivePlan, listOwnPlans } from "@/lib/data/plan";
import { formatCalendarDate } from "@/lib/time/format";
import { portalSession } from "@/app/area-session";

export const metadata: Metadata = { title: "Mijn plan" };

export default async function MyPlanPage() {
  const session = await portalSession("/portaal/plan");
  const [plan, plans] = await Promise.all([getActivePlan(session), listOwnPlans(session)]);
  const earlier = plans.filter((p) => p.id !== plan?.id);
  const media = plan ? await mediaForPlanExercises(session, plan.phases.flatMap((phase) => phase.exercises.map((exercise) => exercise.id))) : undefined;
  return (
    <>
      {plan ? (
        <PlanDetails plan={plan} media={media} />
      ) : (
        <>
          <h1 className="text-3xl font-semibold">Mijn plan</h1>
          <Notice className="mt-6">
            Je hebt nog geen oefenplan. Na je bewegingsketenanalyse stelt je therapeut samen met jou een plan op; dat verschijnt dan hier.
          </Notice>
        </>
      )}
      {earlier.length ? (
        <Section id="eerdere-plannen" title="Eerdere plannen" className="mt-12">
          <ul className="mt-3 space-y-1">
            {earlier.map((p) => (
              <li key={p.id}>
                <Link href={`/portaal/plan/${p.id}`} className="text-link">{p.title}</Link>{" "}
                <span className="text-muted">(gestart op {formatCalendarDate(p.startedOn)})</span>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
    </>
  );
}
