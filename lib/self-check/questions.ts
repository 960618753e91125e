import type { TriageInput } from "@/lib/triage";

/**
 * The self-check's questions in plain Dutch, grouped as the form shows them. Each question fills one field
 * of the triage input; an answer that is `unknown` (or "no cramp", "not rested yet") leaves it out.
 */
export type SelfCheckField = keyof Required<TriageInput>;

export type SelfCheckQuestion = {
  name: SelfCheckField;
  label: string;
  hint?: string;
  options: { value: string; label: string }[];
};

const yesNoUnknown = [
  { value: "yes", label: "Ja" },
  { value: "no", label: "Nee" },
  { value: "unknown", label: "Weet ik niet" },
];

export const selfCheckSections: { id: string; title: string; questions: SelfCheckQuestion[] }[] = [
  {
    id: "je-klacht",
    title: "Je klacht",
    questions: [
      {
        name: "location",
        label: "Waar heb je last?",
        options: [
          { value: "left", label: "Achterkant linkerbovenbeen (hamstring links)" },
          { value: "right", label: "Achterkant rechterbovenbeen (hamstring rechts)" },
          { value: "both", label: "Achterkant van beide bovenbenen" },
          { value: "elsewhere", label: "Ergens anders" },
        ],
      },
      {
        name: "onset",
        label: "Hoe begon het?",
        options: [
          { value: "acute", label: "Plotseling, bij sprinten, versnellen of abrupt stoppen" },
          { value: "gradual", label: "Geleidelijk, doordat ik het steeds opnieuw belastte" },
          { value: "unknown", label: "Weet ik niet" },
        ],
      },
      { name: "pop", label: "Voelde of hoorde je een knak toen het begon?", options: yesNoUnknown },
      { name: "visibleDent", label: "Zie je een deuk of kuil in de spier?", options: yesNoUnknown },
      {
        name: "weightBearing",
        label: "Kun je op je been staan?",
        options: [
          { value: "normal", label: "Ja, gewoon" },
          { value: "painful", label: "Ja, maar het doet pijn" },
          { value: "impossible", label: "Nee, dat lukt niet" },
        ],
      },
      { name: "swellingOrBruising", label: "Zie je zwelling of een blauwe plek?", options: yesNoUnknown },
      { name: "strengthLoss", label: "Heb je duidelijk minder kracht in je been?", options: yesNoUnknown },
      {
        name: "walkingHard",
        label: "Gaat gewoon lopen moeilijk?",
        options: [
          { value: "yes", label: "Ja" },
          { value: "no", label: "Nee" },
        ],
      },
    ],
  },
  {
    id: "kramp",
    title: "Kramp",
    questions: [
      {
        name: "crampDuration",
        label: "Hoe lang houdt een kramp aan?",
        options: [
          { value: "none", label: "Ik heb geen kramp" },
          { value: "minutes", label: "Hooguit een paar minuten" },
          { value: "longer", label: "Langer dan een paar minuten" },
        ],
      },
      {
        name: "crampTrend",
        label: "Hoe vaak krijg je kramp?",
        options: [
          { value: "none", label: "Ik heb geen kramp" },
          { value: "stable", label: "Ongeveer even vaak als eerst" },
          { value: "increasing", label: "Steeds vaker" },
        ],
      },
      {
        name: "crampAtMinimalEffort",
        label: "Krijg je kramp terwijl je je nauwelijks inspant?",
        options: [
          { value: "yes", label: "Ja" },
          { value: "no", label: "Nee, alleen bij flinke inspanning" },
          { value: "unknown", label: "Ik heb geen kramp" },
        ],
      },
      {
        name: "oneLegMuchMore",
        label: "Heeft één been veel vaker last dan het andere?",
        options: yesNoUnknown,
      },
    ],
  },
  {
    id: "rust",
    title: "Rust",
    questions: [
      {
        name: "noImprovementAfterRestWeek",
        label: "Heb je een week rust genomen, en is het daarna niet beter geworden?",
        options: [
          { value: "yes", label: "Ja, ik heb een week rust genomen en het is niet beter" },
          { value: "no", label: "Nee, het werd beter met rust" },
          { value: "unknown", label: "Ik heb nog geen week rust genomen" },
        ],
      },
    ],
  },
];

export const selfCheckQuestions: SelfCheckQuestion[] = selfCheckSections.flatMap((section) => section.questions);
