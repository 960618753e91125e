/**
 * What a patient may expect, by week of the plan (the practice's experience, told to every patient): first
 * effects after 2–3 weeks of training 3 times a week, structural change after 6–8 weeks. Pure.
 */
export const EXPECTATIONS = {
  firstEffectsWeeks: [2, 3],
  structuralChangeWeeks: [6, 8],
  sessionsPerWeek: 3,
} as const;

export type ExpectationStage = "building" | "first_effects" | "structural_change";

export function expectationStage(planWeek: number): ExpectationStage {
  if (planWeek >= EXPECTATIONS.structuralChangeWeeks[0]) return "structural_change";
  if (planWeek >= EXPECTATIONS.firstEffectsWeeks[0]) return "first_effects";
  return "building";
}

export const EXPECTATION_TEXT = {
  summary: `De eerste effecten merk je meestal na ${EXPECTATIONS.firstEffectsWeeks.join(" tot ")} weken, als je ${EXPECTATIONS.sessionsPerWeek} keer per week oefent. Blijvende verandering in kracht en in hoe je beweegt kost ${EXPECTATIONS.structuralChangeWeeks.join(" tot ")} weken.`,
  building: "Je bent net begonnen. Je lichaam went nu aan de oefeningen; verwacht nog geen grote verschillen en houd het ritme vast.",
  first_effects: "Rond deze tijd merken de meeste mensen de eerste effecten: oefeningen gaan makkelijker en de klachten worden minder.",
  structural_change: "Nu verandert er blijvend iets: je spieren worden sterker en je beweegt anders. Blijf oefenen, ook als de klachten weg zijn.",
} as const;
