import { TailoringSuggestions } from "@/components/workspace/tailoring-suggestions";
import { getTailoring } from "@/lib/data/staff/tailoring";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { buttonClasses, LinkButton } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { CriteriaChecklist, ExerciseTable, PhaseStatusBadge } from "@/components/workspace/plan-parts";
import { patientCrumbs, Trail } from "@/components/workspace/trail";
import { getPlanWorkspace } from "@/lib/data/staff/plans";
import { checkCriteria } from "@/lib/plans/criteria";
import { formatCalendarDate, formatCount, formatDate, formatDateTime } from "@/lib/time/format";
import { workspaceSession } from "@/app/area-session";
import { PlanDraftNotice, PlanVersionHistory } from "@/components/workspace/plan-versions";
import { Section } from "@/components/ui/section";
import { addPhaseAction, addSuggestionAction, publishPlanAction, startPlanAction, stopPlanAction } from "./actions";
import { planMessage } from "./messages";

export const metadata: Metadata = { title: "Oefenplan" };

const planStatusLabels = { active: "Loopt", completed: "Voltooid", stopped: "Gestopt" } as const;

export default async function PlanBuilderPage({ params, searchParams }: PageProps<"/praktijk/patienten/[id]/plan">) {
  const { id } = await params;
  const message = planMessage((await searchParams).melding);
  const session = await workspaceSession(`/praktijk/patienten/${id}/plan`);
  const workspace = await getPlanWorkspace(session, id);
  if (!workspace) notFound();
  const tailoring = await getTailoring(session, workspace.patient.id);
  const { patient, plan, pastPlans, latestSymmetry } = workspace;
  const base = `/praktijk/patienten/${patient.id}/plan`;
  const current = plan?.phases.find((p) => p.status === "current") ?? null;

  return (
    <>
      <Trail crumbs={[...patientCrumbs(patient), { label: "Oefenplan" }]} />
      <h1 className="text-3xl font-semibold">Oefenplan van {patient.name}</h1>
      {message ? (
        <Notice tone={message.tone} live="polite" className="mt-4">
          {message.text}
        </Notice>
      ) : null}

      {!plan ? (
        <section aria-labelledby="plan-starten" className="mt-8">
          <h2 id="plan-starten" className="text-2xl font-semibold">
            Plan starten
          </h2>
          <p className="mt-2 max-w-3xl">
            {patient.name} heeft geen lopend plan. Begin met het hamstringplan van de praktijk (vier fasen met oefeningen en criteria, die je daarna
            aanpast) of met een leeg plan van één fase.
          </p>
          <div className="mt-4 flex flex-wrap gap-3">
            <form action={startPlanAction.bind(null, patient.id)}>
              <input type="hidden" name="source" value="template" />
              <SubmitButton pendingLabel="Bezig met starten…">Start met het hamstringplan</SubmitButton>
            </form>
            <form action={startPlanAction.bind(null, patient.id)}>
              <input type="hidden" name="source" value="empty" />
              <SubmitButton variant="secondary" pendingLabel="Bezig met starten…">
                Start met een leeg plan
              </SubmitButton>
            </form>
          </div>
        </section>
      ) : (
        <>
          <p className="mt-2 text-muted">
            {plan.title} · {plan.publishedAt ? `gestart op ${formatCalendarDate(plan.startedOn)}` : "concept"} · {formatCount(plan.phases.length, "fase", "fasen")}
            {plan.versions[0] ? ` · versie ${plan.versions[0].version}` : ""}
          </p>
          {plan.publishedAt ? null : (
            <PlanDraftNotice>
              <form action={publishPlanAction.bind(null, patient.id, plan.id)}>
                <SubmitButton pendingLabel="Bezig met publiceren…">Publiceren</SubmitButton>
              </form>
            </PlanDraftNotice>
          )}
          {current ? (
            <section aria-labelledby="huidige-fase" className="mt-8 rounded-md border border-brand bg-surface p-5">
              <h2 id="huidige-fase" className="text-2xl font-semibold">
                Nu: fase {current.position}, {current.title}
              </h2>
              <p className="mt-1 text-muted">{current.startedAt ? `Begonnen op ${formatDate(current.startedAt)}.` : null}</p>
              <h3 className="mt-4 font-semibold">Criteria om door te gaan</h3>
              <div className="mt-2">
                <CriteriaChecklist checks={workspace.currentCriteria} />
              </div>
              {latestSymmetry ? null : <p className="mt-2 text-sm text-muted">Er is nog geen beoordeling met een krachtmeting van beide benen.</p>}
              <p className="mt-4">
                <LinkButton href={`${base}/doorzetten`}>Criteria toetsen en doorzetten</LinkButton>
              </p>
            </section>
          ) : null}

          {tailoring ? (
            <TailoringSuggestions
              view={tailoring}
              phaseHref={current ? `${base}/fasen/${current.id}` : null}
              addAction={current ? (exerciseId) => addSuggestionAction.bind(null, patient.id, current.id, exerciseId) : null}
            />
          ) : null}

          <Section id="fasen" title="Fasen" className="mt-10">
            <ol className="mt-4 space-y-6">
              {plan.phases.map((phase) => (
                <li key={phase.id} className="rounded-md border border-line bg-surface p-5">
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <h3 className="text-xl font-semibold">
                      Fase {phase.position}: {phase.title}
                    </h3>
                    <PhaseStatusBadge status={phase.status} />
                  </div>
                  {phase.goal ? <p className="mt-2 max-w-3xl whitespace-pre-line">{phase.goal}</p> : <p className="mt-2 text-muted">Nog geen doel beschreven.</p>}
                  <h4 className="mt-4 font-semibold">Criteria om door te gaan</h4>
                  {phase.status === "done" && phase.checklist ? (
                    <>
                      <p className="text-sm text-muted">
                        Afgerond op {phase.completedAt ? formatDateTime(phase.completedAt) : "?"} door {phase.advancedByName ?? "onbekend"}.
                      </p>
                      <ul className="mt-2 space-y-1">
                        {phase.checklist.map((check, index) => (
                          <li key={`${index}-${check.criterion}`}>
                            <span className={check.met ? "text-ok" : "text-alert"}>{check.met ? "Gehaald" : "Niet gehaald"}</span>: {check.criterion}
                            {check.note ? <span className="block text-sm text-muted">Notitie: {check.note}</span> : null}
                          </li>
                        ))}
                      </ul>
                    </>
                  ) : (
                    <div className="mt-1">
                      <CriteriaChecklist checks={checkCriteria(phase.exitCriteria, latestSymmetry, workspace.latestOutcomes)} />
                    </div>
                  )}
                  <div className="mt-4">
                    <ExerciseTable exercises={phase.exercises} caption={`Oefeningen in fase ${phase.position}`} />
                  </div>
                  {phase.status !== "done" ? (
                    <p className="mt-4">
                      <Link href={`${base}/fasen/${phase.id}`} className={buttonClasses("secondary")}>
                        Fase {phase.position} bewerken
                      </Link>
                    </p>
                  ) : null}
                </li>
              ))}
            </ol>
            <form action={addPhaseAction.bind(null, patient.id)} className="mt-4">
              <SubmitButton variant="secondary" pendingLabel="Bezig…">
                Fase toevoegen aan het eind
              </SubmitButton>
            </form>
          </Section>

          <PlanVersionHistory versions={plan.versions} />

          <section aria-labelledby="plan-stoppen-kop" id="plan-stoppen" className="mt-10 rounded-md border border-line p-5">
            <h2 id="plan-stoppen-kop" className="text-xl font-semibold">
              Plan stoppen
            </h2>
            <p className="mt-1 max-w-3xl text-muted">
              Stop het plan als het niet meer past, bijvoorbeeld om opnieuw te beginnen. Het plan en de logboeken blijven bewaard; de patiënt ziet het
              daarna als eerder plan.
            </p>
            <form action={stopPlanAction.bind(null, patient.id, plan.id)} className="mt-3 space-y-3">
              <CheckboxField name="confirm" value="ja" label="Ja, ik wil dit plan stoppen" />
              <SubmitButton variant="danger" pendingLabel="Bezig met stoppen…">
                Plan stoppen
              </SubmitButton>
            </form>
          </section>
        </>
      )}

      {pastPlans.length > 0 ? (
        <section aria-labelledby="eerdere-plannen" className="mt-10">
          <h2 id="eerdere-plannen" className="text-xl font-semibold">
            Eerdere plannen
          </h2>
          <ul className="mt-2 space-y-1">
            {pastPlans.map((past) => (
              <li key={past.id}>
                {past.title}, gestart op {formatCalendarDate(past.startedOn)} · {planStatusLabels[past.status]}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
