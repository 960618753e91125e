/**
 * The movement-chain assessment form as data: the links from the ground up with their Dutch labels, the
 * ratings, and the left/right measures recorded where they apply, with units and realistic ranges. Pure:
 * shared by the form, the validation, the history view and the diff.
 */
// The domain's lists live here; db/schema/clinical.ts builds its enums from them (not the reverse), so client
// components and pure modules never pull the schema module in.
export const chainLinks = ["feet_ankles", "knees", "hips", "pelvis_lower_back", "core", "hamstring"] as const;
export const linkRatings = ["normal", "limited", "compensating"] as const;
export type ChainLink = (typeof chainLinks)[number];
export type LinkRating = (typeof linkRatings)[number];

export const linkLabels: Record<ChainLink, string> = {
  feet_ankles: "Voeten en enkels",
  knees: "Knieën",
  hips: "Heupen",
  pelvis_lower_back: "Bekken en onderrug",
  core: "Romp (core)",
  hamstring: "Hamstring",
};

/** What the therapist looks at per link, as a hint under the findings field. */
export const linkHints: Record<ChainLink, string> = {
  feet_ankles: "Mobiliteit, hielaanzet bij het lopen, stijfheid; zijn wedges zinvol?",
  knees: "Controle en de balans tussen quadriceps en hamstring.",
  hips: "Mobiliteit (bijvoorbeeld 90-90) en kracht van de gluteus medius.",
  pelvis_lower_back: "Kanteling van het bekken, holle onderrug, beweeglijkheid, zithouding.",
  core: "Stabiliteit bij plank, dead bug en bird dog.",
  hamstring: "Lenigheid, kracht ten opzichte van het andere been, drukpijn.",
};

export const ratingLabels: Record<LinkRating, string> = {
  normal: "Normaal",
  limited: "Beperkt",
  compensating: "Compenseert",
};

export type MeasureDefinition = {
  /** The key in `assessment_findings.measures`. */
  key: string;
  label: string;
  unit: string;
  min: number;
  max: number;
  /** Allowed decimals when typed (0 = whole numbers only). */
  decimals: number;
};

/** Hamstring strength is recorded in newton (hand-held dynamometer, knee flexion). */
export const STRENGTH_UNIT = "N";

export const linkMeasures: Record<ChainLink, MeasureDefinition[]> = {
  feet_ankles: [
    { key: "dorsiflexionLeft", label: "Dorsaalflexie enkel links (knie-tot-muur)", unit: "cm", min: 0, max: 25, decimals: 1 },
    { key: "dorsiflexionRight", label: "Dorsaalflexie enkel rechts (knie-tot-muur)", unit: "cm", min: 0, max: 25, decimals: 1 },
  ],
  knees: [],
  hips: [
    { key: "internalRotationLeft", label: "Endorotatie heup links", unit: "°", min: 0, max: 90, decimals: 0 },
    { key: "internalRotationRight", label: "Endorotatie heup rechts", unit: "°", min: 0, max: 90, decimals: 0 },
    { key: "externalRotationLeft", label: "Exorotatie heup links", unit: "°", min: 0, max: 90, decimals: 0 },
    { key: "externalRotationRight", label: "Exorotatie heup rechts", unit: "°", min: 0, max: 90, decimals: 0 },
  ],
  pelvis_lower_back: [],
  core: [],
  hamstring: [
    { key: "strengthLeft", label: "Kracht hamstring links", unit: STRENGTH_UNIT, min: 0, max: 1500, decimals: 0 },
    { key: "strengthRight", label: "Kracht hamstring rechts", unit: STRENGTH_UNIT, min: 0, max: 1500, decimals: 0 },
  ],
};

export function measureDefinition(link: ChainLink, key: string): MeasureDefinition | undefined {
  return linkMeasures[link].find((m) => m.key === key);
}

export const GRADE_LABELS: Record<1 | 2 | 3, string> = {
  1: "Graad 1 – overbelasting",
  2: "Graad 2 – gedeeltelijke scheur",
  3: "Graad 3 – volledige scheur",
};

/** The content of one revision: everything the therapist records, link by link. */
export type LinkContent = { rating: LinkRating | null; findings: string; measures: Record<string, number> };
export type AssessmentContent = {
  gradeEstimate: 1 | 2 | 3 | null;
  conclusion: string;
  weakLinks: ChainLink[];
  notes: string;
  links: Record<ChainLink, LinkContent>;
};

export function emptyLink(): LinkContent {
  return { rating: null, findings: "", measures: {} };
}
