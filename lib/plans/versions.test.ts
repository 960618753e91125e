import { describe, expect, it } from "vitest";
import { describeChange, diffPlanVersions, type PlanSnapshot, type SnapshotExercise } from "./versions";

const exercise = (id: string, name: string, over: Partial<SnapshotExercise> = {}): SnapshotExercise => ({
  id,
  exerciseId: `lib-${id}`,
  name,
  sets: 3,
  reps: 10,
  holdSeconds: null,
  durationMinutes: null,
  side: null,
  load: "",
  tempo: "",
  restSeconds: null,
  timesPerWeek: 3,
  notes: "",
  ...over,
});

const plan = (exercises: SnapshotExercise[], criteria = ["Pijnvrij wandelen"]): PlanSnapshot => ({
  title: "Hamstringplan",
  phases: [{ id: "f1", position: 1, title: "Rustig opbouwen", goal: "Pijnvrij bewegen.", exitCriteria: criteria, painMaxDuring: 5, painMaxMorning: 2, exercises }],
});

const sentences = (before: PlanSnapshot, after: PlanSnapshot) => diffPlanVersions(before, after).map(describeChange);

describe("what changed between two plan versions", () => {
  const bridge = exercise("a", "Bilbrug");
  const calf = exercise("b", "Kuitheffen", { side: "each_side" });

  it("names nothing when nothing the patient sees changed", () => {
    expect(sentences(plan([bridge, calf]), plan([bridge, calf]))).toEqual([]);
  });

  it("names added and removed exercises with their dosage, in Dutch", () => {
    expect(sentences(plan([bridge]), plan([calf]))).toEqual(["Nieuw in fase 1: Kuitheffen (3 × 10 herhalingen per kant, 3× per week).", "Uit fase 1 gehaald: Bilbrug."]);
  });

  it("names a dosage change as before and after, and a note apart", () => {
    const heavier = { ...bridge, reps: 12, load: "2 kg", timesPerWeek: 7, notes: "Langzaam omlaag." };
    expect(sentences(plan([bridge]), plan([heavier]))).toEqual([
      "Andere dosering voor Bilbrug in fase 1: was 3 × 10 herhalingen, 3× per week, nu 3 × 12 herhalingen · met 2 kg, dagelijks.",
      "De toelichting bij Bilbrug in fase 1 is aangepast.",
    ]);
  });

  it("names a new order, changed criteria and a new phase", () => {
    const after = plan([calf, bridge], ["Pijnvrij wandelen", "PSK gemiddeld ≤ 3"]);
    after.phases.push({ id: "f2", position: 2, title: "Kracht", goal: "", exitCriteria: [], painMaxDuring: 5, painMaxMorning: 2, exercises: [] });
    expect(sentences(plan([bridge, calf]), after)).toEqual([
      "Fase 1: de criteria om door te gaan zijn aangepast.",
      "In fase 1 staan de oefeningen in een andere volgorde.",
      "Er is een fase bijgekomen: fase 2, Kracht.",
    ]);
  });
});
