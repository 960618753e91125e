import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { AddExerciseForm, DosageForm, PhaseForm } from "@/components/workspace/plan-forms";
import { PainLimitsForm } from "@/components/workspace/pain-limits-form";
import { PhaseStatusBadge } from "@/components/workspace/plan-parts";
import { patientCrumbs, Trail } from "@/components/workspace/trail";
import { Section } from "@/components/ui/section";
import { listExerciseOptions } from "@/lib/data/staff/exercises";
import { getPlanWorkspace } from "@/lib/data/staff/plans";
import { formatAmount, formatFrequency } from "@/lib/plans/dosage";
import { exercisePhases, isExercisePhase, phaseLabels } from "@/lib/plans/phases";
import { workspaceSession } from "@/app/area-session";
import { addExerciseAction, moveExerciseAction, removeExerciseAction, updateDosageAction, updatePainLimitsAction, updatePhaseAction } from "../../actions";
import { planMessage } from "../../messages";

export const metadata: Metadata = { title: "Fase bewerken" };

export default async function PhaseEditorPage({ params, searchParams }: PageProps<"/praktijk/patienten/[id]/plan/fasen/[phaseId]">) {
  const { id, phaseId } = await params;
  const query = await searchParams;
  const message = planMessage(query.melding);
  const filter = isExercisePhase(query.fase) ? query.fase : null;
  const session = await workspaceSession(`/praktijk/patienten/${id}/plan/fasen/${phaseId}`);
  const workspace = await getPlanWorkspace(session, id);
  const phase = workspace?.plan?.phases.find((p) => p.id === phaseId);
  if (!workspace || !phase) notFound();
  const { patient } = workspace;
  const base = `/praktijk/patienten/${patient.id}/plan`;
  const options = await listExerciseOptions(session, filter);
  const editable = phase.status !== "done";

  return (
    <>
      <Trail crumbs={[...patientCrumbs(patient), { href: base, label: "Oefenplan" }, { label: `Fase ${phase.position}` }]} />
      <div className="flex flex-wrap items-baseline gap-3">
        <h1 className="text-3xl font-semibold">
          Fase {phase.position}: {phase.title}
        </h1>
        <PhaseStatusBadge status={phase.status} />
      </div>
      <p className="mt-1 text-muted">Oefenplan van {patient.name}. Wijzigingen ziet de patiënt meteen in het portaal.</p>
      {message ? (
        <Notice tone={message.tone} live="polite" className="mt-4">
          {message.text}
        </Notice>
      ) : null}
      {!editable ? (
        <Notice className="mt-4">Deze fase is afgerond en blijft zoals ze was.</Notice>
      ) : (
        <>
          <section aria-labelledby="fase-gegevens" className="mt-8">
            <h2 id="fase-gegevens" className="text-2xl font-semibold">
              Titel, doel en criteria
            </h2>
            <div className="mt-4 max-w-3xl">
              <PhaseForm action={updatePhaseAction.bind(null, patient.id, phase.id)} defaults={phase} />
            </div>
          </section>

          <Section id="pijnregel" title="Pijnregel in deze fase" className="mt-10">
            <p className="mt-1 max-w-3xl text-muted">
              Het portaal zet de pijn tijdens het oefenen en de score van de ochtend erna om in een advies: verder opbouwen, zo houden of een stap terug.
            </p>
            <div className="mt-4 max-w-3xl">
              <PainLimitsForm action={updatePainLimitsAction.bind(null, patient.id, phase.id)} defaults={phase} />
            </div>
          </Section>

          <Section id="oefeningen" title="Oefeningen en dosering" className="mt-10">
            {phase.exercises.length === 0 ? <p className="mt-2 text-muted">Nog geen oefeningen in deze fase. Voeg ze hieronder toe.</p> : null}
            <ol className="mt-4 space-y-4">
              {phase.exercises.map((exercise, index) => (
                <li key={exercise.id} id={`oefening-${exercise.id}`} className="rounded-md border border-line bg-surface p-4">
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <h3 className="text-lg font-semibold">
                      {index + 1}. {exercise.name}
                    </h3>
                    <span className="text-sm text-muted">
                      Nu: {formatAmount(exercise)}, {formatFrequency(exercise.timesPerWeek)}
                      {exercise.feedback ? <span className="block font-medium text-ink">{exercise.feedback}</span> : null}
                    </span>
                  </div>
                  {exercise.retired ? <p className="text-sm text-muted">Deze oefening is uit de bibliotheek gehaald, maar blijft in dit plan tot je haar weghaalt.</p> : null}
                  <div className="mt-3">
                    <DosageForm
                      action={updateDosageAction.bind(null, patient.id, phase.id, exercise.id)}
                      defaults={exercise}
                      idPrefix={`dosering-${index}`}
                      exerciseName={exercise.name}
                    />
                  </div>
                  <div className="mt-3 flex flex-wrap gap-2">
                    <form action={moveExerciseAction.bind(null, patient.id, phase.id, exercise.id, "up")}>
                      <Button type="submit" variant="quiet" disabled={index === 0} aria-label={`${exercise.name} omhoog`}>
                        Omhoog
                      </Button>
                    </form>
                    <form action={moveExerciseAction.bind(null, patient.id, phase.id, exercise.id, "down")}>
                      <Button type="submit" variant="quiet" disabled={index === phase.exercises.length - 1} aria-label={`${exercise.name} omlaag`}>
                        Omlaag
                      </Button>
                    </form>
                    <form action={removeExerciseAction.bind(null, patient.id, phase.id, exercise.id)}>
                      <Button type="submit" variant="quiet" aria-label={`${exercise.name} uit deze fase halen`}>
                        Uit deze fase halen
                      </Button>
                    </form>
                  </div>
                </li>
              ))}
            </ol>
          </Section>

          <section aria-labelledby="toevoegen" className="mt-10 rounded-md border border-line p-5">
            <h2 id="toevoegen" className="text-2xl font-semibold">
              Oefening toevoegen
            </h2>
            <form method="get" className="mt-3 flex flex-wrap items-end gap-3">
              <SelectField
                name="fase"
                label="Toon oefeningen voor"
                options={exercisePhases.map((p) => ({ value: p, label: phaseLabels[p] }))}
                placeholder="Alle fasen"
                defaultValue={filter ?? ""}
                className="min-w-0 basis-56"
              />
              <SubmitButton variant="secondary">Filteren</SubmitButton>
            </form>
            <div className="mt-4">
              {options.length === 0 ? (
                <p className="text-muted">Er zijn geen actieve oefeningen voor deze fase.</p>
              ) : (
                <AddExerciseForm action={addExerciseAction.bind(null, patient.id, phase.id)} options={options.map((o) => ({ value: o.id, label: o.name }))} />
              )}
            </div>
          </section>
        </>
      )}
    </>
  );
}
