import type { Metadata } from "next";
import Link from "next/link";
import { LinkButton } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { listExercises } from "@/lib/data/staff/exercises";
import { formatAmount, formatFrequency } from "@/lib/plans/dosage";
import { exercisePhases, isExercisePhase, phaseLabels } from "@/lib/plans/phases";
import { workspaceSession } from "@/app/area-session";
import { formatCount } from "@/lib/time/format";

export const metadata: Metadata = { title: "Oefeningen" };

const statuses = { actief: "active", gearchiveerd: "retired", alle: "all" } as const;

export default async function ExerciseLibraryPage({ searchParams }: PageProps<"/praktijk/oefeningen">) {
  const query = await searchParams;
  const phase = isExercisePhase(query.fase) ? query.fase : null;
  const statusKey = typeof query.status === "string" && query.status in statuses ? (query.status as keyof typeof statuses) : "alle";
  const session = await workspaceSession("/praktijk/oefeningen");
  const exercises = await listExercises(session, { phase, status: statuses[statusKey] });
  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-3xl font-semibold">Oefeningen</h1>
        <LinkButton href="/praktijk/oefeningen/nieuw">Nieuwe oefening</LinkButton>
      </div>
      <p className="mt-2 max-w-3xl text-muted">
        De oefenbibliotheek van de praktijk. Een oefening wordt nooit verwijderd: je archiveert haar. Dan kun je haar niet meer aan een plan toevoegen,
        maar plannen waarin ze al staat houden haar.
      </p>
      <form method="get" className="mt-6 flex flex-wrap items-end gap-3">
        <SelectField
          name="fase"
          label="Fase"
          options={exercisePhases.map((p) => ({ value: p, label: phaseLabels[p] }))}
          placeholder="Alle fasen"
          defaultValue={phase ?? ""}
          className="basis-56"
        />
        <SelectField
          name="status"
          label="Status"
          options={[
            { value: "alle", label: "Actief en gearchiveerd" },
            { value: "actief", label: "Alleen actief" },
            { value: "gearchiveerd", label: "Alleen gearchiveerd" },
          ]}
          defaultValue={statusKey}
          className="basis-56"
        />
        <SubmitButton variant="secondary">Filteren</SubmitButton>
      </form>
      <div className="mt-6 overflow-x-auto">
        <table className="w-full min-w-[40rem] border-collapse text-left">
          <caption className="mb-2 text-left font-medium">
            {formatCount(exercises.length, "oefening", "oefeningen")}
            {phase ? ` voor de fase ${phaseLabels[phase].toLowerCase()}` : ""}
          </caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-2 pr-4">Oefening</th>
              <th scope="col" className="py-2 pr-4">Fasen</th>
              <th scope="col" className="py-2 pr-4">Standaarddosering</th>
              <th scope="col" className="py-2 pr-4">Status</th>
              <th scope="col" className="py-2">In plannen</th>
            </tr>
          </thead>
          <tbody>
            {exercises.map((exercise) => (
              <tr key={exercise.id} className="border-b border-line align-top">
                <th scope="row" className="py-2 pr-4 font-medium">
                  <Link href={`/praktijk/oefeningen/${exercise.id}`} className="text-link">
                    {exercise.name}
                  </Link>
                  {exercise.summary ? <span className="block text-sm font-normal text-muted">{exercise.summary}</span> : null}
                </th>
                <td className="py-2 pr-4">{exercise.phaseTags.map((p) => phaseLabels[p]).join(", ") || "—"}</td>
                <td className="py-2 pr-4">
                  {formatAmount({ sets: exercise.defaultSets, reps: exercise.defaultReps, holdSeconds: exercise.defaultHoldSeconds, timesPerWeek: exercise.defaultTimesPerWeek })},{" "}
                  {formatFrequency(exercise.defaultTimesPerWeek)}
                </td>
                <td className="py-2 pr-4">{exercise.retired ? "Gearchiveerd" : "Actief"}</td>
                <td className="py-2">{exercise.inUse}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
