import type { Metadata } from "next";
import { ExerciseForm } from "@/components/workspace/exercise-form";
import { Trail } from "@/components/workspace/trail";
import { workspaceSession } from "@/app/area-session";
import { createExerciseAction } from "../actions";

export const metadata: Metadata = { title: "Nieuwe oefening" };

export default async function NewExercisePage() {
  await workspaceSession("/praktijk/oefeningen/nieuw");
  return (
    <>
      <Trail crumbs={[{ href: "/praktijk/oefeningen", label: "Oefeningen" }, { label: "Nieuwe oefening" }]} />
      <h1 className="text-3xl font-semibold">Nieuwe oefening</h1>
      <div className="mt-6 max-w-3xl">
        <ExerciseForm action={createExerciseAction} defaults={{ defaultSets: "3", defaultTimesPerWeek: "3" }} submitLabel="Oefening opslaan" />
      </div>
    </>
  );
}
