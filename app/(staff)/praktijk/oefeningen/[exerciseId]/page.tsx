import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { ExerciseForm } from "@/components/workspace/exercise-form";
import { ExerciseMediaSection, mediaProblemText } from "@/components/workspace/exercise-media-form";
import { ExerciseVariantsForm } from "@/components/workspace/exercise-variants-form";
import { Trail } from "@/components/workspace/trail";
import { mediaForExercises } from "@/lib/data/exercise-media";
import { getExerciseVariants } from "@/lib/data/staff/exercise-variants";
import { getExercise } from "@/lib/data/staff/exercises";
import { exerciseIllustration } from "@/lib/plans/exercise-illustrations";
import { workspaceSession } from "@/app/area-session";
import { setRetiredAction, updateExerciseAction } from "../actions";
import { setVariantsAction } from "../variant-actions";
import { formatCount } from "@/lib/time/format";

export const metadata: Metadata = { title: "Oefening" };

const messages: Record<string, string> = {
  aangemaakt: "De oefening is toegevoegd aan de bibliotheek.",
  gearchiveerd: "De oefening is gearchiveerd: ze wordt niet meer aangeboden in het plan, maar blijft in bestaande plannen.",
  teruggezet: "De oefening is weer actief en wordt aangeboden in het plan.",
};

export default async function ExercisePage({ params, searchParams }: PageProps<"/praktijk/oefeningen/[exerciseId]">) {
  const { exerciseId } = await params;
  const { melding, beeld, beeldfout, beschrijving } = await searchParams;
  const session = await workspaceSession(`/praktijk/oefeningen/${exerciseId}`);
  const exercise = await getExercise(session, exerciseId);
  const variants = await getExerciseVariants(session, exerciseId);
  if (!exercise || !variants) notFound();
  const media = (await mediaForExercises(session, [exercise.id])).get(exercise.id) ?? null;
  const problem = typeof beeldfout === "string" && beeldfout in mediaProblemText ? (beeldfout as keyof typeof mediaProblemText) : undefined;
  const message = typeof melding === "string" ? messages[melding] : undefined;
  const defaults = {
    name: exercise.name,
    summary: exercise.summary,
    instructions: exercise.instructions,
    cues: exercise.cues.join("\n"),
    defaultSets: String(exercise.defaultSets),
    defaultReps: exercise.defaultReps === null ? "" : String(exercise.defaultReps),
    defaultHoldSeconds: exercise.defaultHoldSeconds === null ? "" : String(exercise.defaultHoldSeconds),
    defaultTimesPerWeek: String(exercise.defaultTimesPerWeek),
    phaseTags: exercise.phaseTags.join(","),
  };
  return (
    <>
      <Trail crumbs={[{ href: "/praktijk/oefeningen", label: "Oefeningen" }, { label: exercise.name }]} />
      <h1 className="text-3xl font-semibold">{exercise.name}</h1>
      <p className="mt-2 text-muted">
        {exercise.retired ? "Gearchiveerd" : "Actief"} · in {formatCount(exercise.inUse, "plan", "plannen")} voorgeschreven · adres-id {exercise.slug}
      </p>
      {message ? (
        <Notice tone="success" live="polite" className="mt-4">
          {message}
        </Notice>
      ) : null}
      <ExerciseMediaSection
        exerciseId={exercise.id}
        illustration={exerciseIllustration(exercise.slug)}
        media={media}
        outcome={beeld === "opgeslagen" || beeld === "verwijderd" ? beeld : undefined}
        problem={problem}
        description={problem && typeof beschrijving === "string" ? beschrijving : undefined}
      />
      <section aria-labelledby="bewerken" className="mt-8 max-w-3xl">
        <h2 id="bewerken" className="text-2xl font-semibold">
          Bewerken
        </h2>
        <div className="mt-4">
          <ExerciseForm action={updateExerciseAction.bind(null, exercise.id)} defaults={defaults} submitLabel="Wijzigingen opslaan" />
        </div>
      </section>
      <section aria-labelledby="varianten" className="mt-10 max-w-3xl">
        <h2 id="varianten" className="text-2xl font-semibold">
          Varianten
        </h2>
        <p className="mt-1 text-muted">Een makkelijkere en een zwaardere versie uit de bibliotheek, bijvoorbeeld de Nordic curl met een elastiek.</p>
        <div className="mt-4">
          <ExerciseVariantsForm action={setVariantsAction.bind(null, exercise.id)} defaults={variants} options={variants.options} />
        </div>
      </section>
      <section aria-labelledby="archiveren" className="mt-10 max-w-3xl rounded-md border border-line p-5">
        <h2 id="archiveren" className="text-xl font-semibold">
          {exercise.retired ? "Weer actief maken" : "Archiveren"}
        </h2>
        <p className="mt-1 text-muted">
          {exercise.retired
            ? "Maak de oefening weer actief om haar in plannen te kunnen kiezen."
            : "Een gearchiveerde oefening kun je niet meer aan een plan toevoegen. Plannen waarin ze staat houden haar; verwijderen kan nooit."}
        </p>
        <form action={setRetiredAction.bind(null, exercise.id, !exercise.retired)} className="mt-3">
          <SubmitButton variant={exercise.retired ? "secondary" : "danger"} pendingLabel="Bezig…">
            {exercise.retired ? "Weer actief maken" : "Oefening archiveren"}
          </SubmitButton>
        </form>
      </section>
    </>
  );
}
