import { articleSections } from "./article-sections";
import type { TriageInput } from "./input";

/**
 * The warning signs (red flags) from the knowledge-base articles, defined once: the triage raises them, the
 * intake stores their codes (`intakes.red_flags`), and each article's "when to see a professional" box
 * lists them from here, so the articles and the advice can never tell two stories.
 *
 * `urgent` signs fit a possible partial or complete tear (grade 2–3): someone should look soon.
 * `attention` signs mean a professional should look, without haste: book a movement-chain analysis.
 */
export type RedFlagSeverity = "urgent" | "attention";

export type RedFlagDefinition = {
  code: string;
  severity: RedFlagSeverity;
  /** Dutch, short, for the therapist's intake view. */
  label: string;
  /** Dutch, in clinical wording for staff (never the patient's "je"). */
  clinical: string;
  /** Dutch, how a patient recognises the sign (the articles' box). */
  sign: string;
  /** Dutch, for the patient's result: which answer led to the advice and why it matters. */
  reason: string;
  articleHref: string;
  /** True only when the answers clearly show the sign; unknown answers never match. */
  applies: (input: TriageInput) => boolean;
};

export const redFlags = [
  {
    code: "pop",
    severity: "urgent",
    label: "Knak gevoeld of gehoord",
    clinical: "Knak bij ontstaan: verdenking (partiële) ruptuur",
    sign: "Je voelde of hoorde een knak toen de pijn begon.",
    reason: "Je voelde of hoorde een knak. Dat kan betekenen dat spiervezels gescheurd zijn.",
    articleHref: articleSections.grades.href,
    applies: (input) => input.pop === true,
  },
  {
    code: "visible_dent",
    severity: "urgent",
    label: "Zichtbare deuk in de spier",
    clinical: "Zichtbare deuk in de spierbuik: verdenking ruptuur",
    sign: "Je ziet een deuk in de spier aan de achterkant van je bovenbeen.",
    reason: "Je ziet een deuk in de spier. Dat past bij een scheur en moet bekeken worden.",
    articleHref: articleSections.grades.href,
    applies: (input) => input.visibleDent === true,
  },
  {
    code: "cannot_bear_weight",
    severity: "urgent",
    label: "Kan het been niet belasten",
    clinical: "Belasten niet mogelijk: verdenking graad 2–3",
    sign: "Je kunt niet op je been staan.",
    reason: "Je kunt niet op je been staan. Bij een overbelasting lukt dat meestal nog wel, bij een scheur vaak niet.",
    articleHref: articleSections.grades.href,
    applies: (input) => input.weightBearing === "impossible",
  },
  {
    code: "swelling_or_bruising",
    severity: "urgent",
    label: "Zwelling of blauwe plek",
    clinical: "Zwelling of hematoom: past bij vezelschade",
    sign: "Er is een zwelling of blauwe plek ontstaan, ook als het met kramp begon.",
    reason: "Je ziet zwelling of een blauwe plek. Gewone kramp geeft dat niet; een scheur wel.",
    articleHref: articleSections.grades.href,
    applies: (input) => input.swellingOrBruising === true,
  },
  {
    code: "clear_strength_loss",
    severity: "urgent",
    label: "Duidelijk krachtsverlies",
    clinical: "Duidelijk krachtverlies: verdenking partiële ruptuur",
    sign: "Je hebt duidelijk minder kracht in je been.",
    reason: "Je hebt duidelijk minder kracht in je been. Dat is een van de tekenen van een gedeeltelijke scheur.",
    articleHref: articleSections.grades.href,
    applies: (input) => input.strengthLoss === true,
  },
  {
    code: "walking_hard",
    severity: "urgent",
    label: "Lopen gaat moeilijk",
    clinical: "Gaan moeizaam: functioneel duidelijk beperkt",
    sign: "Gewoon lopen gaat moeilijk.",
    reason: "Lopen gaat moeilijk. Bij een lichte overbelasting kun je meestal nog gewoon lopen.",
    articleHref: articleSections.grades.href,
    applies: (input) => input.walkingHard === true,
  },
  {
    code: "cramp_increasing",
    severity: "attention",
    label: "Kramp komt steeds vaker",
    clinical: "Krampfrequentie neemt toe",
    sign: "De kramp komt steeds vaker terug.",
    reason: "Je kramp komt steeds vaker. Dat wijst vaak op een oorzaak die je met rust en drinken alleen niet oplost.",
    articleHref: articleSections.crampSignals.href,
    applies: (input) => input.crampTrend === "increasing",
  },
  {
    code: "cramp_long",
    severity: "attention",
    label: "Kramp duurt langer dan een paar minuten",
    clinical: "Kramp houdt langer dan enkele minuten aan",
    sign: "Een kramp houdt langer aan dan een paar minuten.",
    reason: "Je kramp houdt langer aan dan een paar minuten. Gewone kramp is meestal binnen enkele minuten weg.",
    articleHref: articleSections.crampSignals.href,
    applies: (input) => input.crampDuration === "longer",
  },
  {
    code: "cramp_minimal_effort",
    severity: "attention",
    label: "Kramp bij minimale inspanning",
    clinical: "Kramp al bij minimale belasting: mogelijk compensatie voor een zwakke schakel",
    sign: "Je krijgt kramp terwijl je je nauwelijks inspant.",
    reason: "Je krijgt al kramp bij weinig inspanning. Dan moet je hamstring waarschijnlijk werk overnemen van een andere schakel.",
    articleHref: articleSections.crampSignals.href,
    applies: (input) => input.crampAtMinimalEffort === true,
  },
  {
    code: "one_leg_much_more",
    severity: "attention",
    label: "Eén been veel vaker (asymmetrie)",
    clinical: "Klachten overwegend eenzijdig (asymmetrie)",
    sign: "Het ene been heeft veel vaker last dan het andere.",
    reason: "Het ene been heeft veel vaker last dan het andere. Zo'n verschil tussen links en rechts verdient aandacht.",
    articleHref: articleSections.crampSignals.href,
    applies: (input) => input.oneLegMuchMore === true,
  },
  {
    code: "no_improvement_after_rest",
    severity: "attention",
    label: "Niet beter na een week rust",
    clinical: "Geen verbetering na een week relatieve rust",
    sign: "Lichte klachten zijn na een week rust niet beter geworden.",
    reason: "Je klachten zijn na een week rust niet beter. Dan is het verstandig dat een professional meekijkt.",
    articleHref: articleSections.grades.href,
    applies: (input) => input.noImprovementAfterRestWeek === true,
  },
] as const satisfies readonly RedFlagDefinition[];

export type RedFlagCode = (typeof redFlags)[number]["code"];
export const redFlagCodes = redFlags.map((flag) => flag.code) as RedFlagCode[];

export function isRedFlagCode(code: string): code is RedFlagCode {
  return (redFlagCodes as string[]).includes(code);
}

export function redFlagByCode(code: RedFlagCode): RedFlagDefinition {
  const flag = redFlags.find((candidate) => candidate.code === code);
  if (!flag) throw new RangeError(`unknown red flag: ${code}`);
  return flag;
}
