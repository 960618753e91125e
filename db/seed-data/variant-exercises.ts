import type { SeedExercise } from "./seed-exercise";

/**
 * Easier and harder versions of library exercises (issue 16, point 7). A patient can pick the easier one on a
 * bad day from the checklist; the therapist sees which was done. The drawings are in
 * public/illustrations/exercises/ under the same slugs.
 */
export const variantExercises: SeedExercise[] = [
  {
    slug: "nordic-hamstring-curl-met-band",
    name: "Nordic hamstring curl met elastiek",
    summary: "De Nordic curl met hulp: een elastiek om je borst vangt een deel van je gewicht op.",
    instructions:
      "Bevestig een stevig elastiek hoog achter je aan een paal of rek en leg het onder je oksels om je borst. Kniel met je hielen vastgezet. Zak als een plank langzaam voorover; het elastiek trekt je terug en maakt het zakken lichter. Kies een dikker elastiek als het te zwaar is, een dunner als het te licht wordt.",
    cues: ["Knie, heup en schouder blijven op één lijn", "Rem zo lang je kunt, ook met hulp", "Minder hulp van het elastiek is de volgende stap"],
    defaultSets: 3,
    defaultReps: 6,
    defaultHoldSeconds: null,
    defaultTimesPerWeek: 3,
    phaseTags: ["load"],
  },
  {
    slug: "bilbrug-eenbenig",
    name: "Eenbenige bilbrug",
    summary: "De bilbrug op één been: meer werk voor bil en hamstring aan één kant.",
    instructions:
      "Lig op je rug met één voet plat op de grond, de knie gebogen. Strek het andere been in het verlengde van je bovenbeen. Duw via je hak je heupen omhoog tot knie, heup en schouder op één lijn liggen, houd even vast en zak rustig terug. Wissel na de set van been.",
    cues: ["Je bekken blijft horizontaal, het zakt niet aan één kant", "Duw vanuit je hak, niet vanuit je tenen", "Voel je het vooral in je onderrug, zak dan minder ver"],
    defaultSets: 3,
    defaultReps: 10,
    defaultHoldSeconds: null,
    defaultTimesPerWeek: 3,
    phaseTags: ["load", "return_to_sport"],
  },
];

/** Per exercise (slug): its easier variant (regression) and harder one (progression). */
export const exerciseVariantPairs: { slug: string; regression: string | null; progression: string | null }[] = [
  { slug: "nordic-hamstring-curl", regression: "nordic-hamstring-curl-met-band", progression: null },
  { slug: "nordic-hamstring-curl-met-band", regression: "gecontroleerde-hamstringcurl", progression: "nordic-hamstring-curl" },
  { slug: "bilbrug", regression: null, progression: "bilbrug-eenbenig" },
  { slug: "bilbrug-eenbenig", regression: "bilbrug", progression: null },
  { slug: "eenbenige-deadlift", regression: "roemeense-deadlift-licht", progression: null },
  { slug: "roemeense-deadlift-licht", regression: null, progression: "eenbenige-deadlift" },
  { slug: "plankvariaties", regression: "dead-bug", progression: null },
  { slug: "opbouw-joggen-sprinten", regression: "pijnvrij-wandelen-fietsen", progression: "richtingsveranderingen" },
];
