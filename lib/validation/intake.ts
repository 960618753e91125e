import { z } from "zod";
import { cleanLine, cleanText } from "@/lib/validation/text";

/**
 * The booking intake: one schema for the form (its fields and options) and the action (validation), so the
 * two cannot drift apart. Versioned: the stored answers carry `formVersion`; a form rendered before a
 * change of questions is recognised and the patient is asked to check it again.
 *
 * Field names are English identifiers; labels and errors are Dutch.
 */
export const INTAKE_FORM_VERSION = 1;

const option = <const V extends string>(value: V, label: string) => ({ value, label });

export const intakeOptions = {
  complaintLocation: [
    option("left", "Achterkant linkerbovenbeen (hamstring links)"),
    option("right", "Achterkant rechterbovenbeen (hamstring rechts)"),
    option("both", "Achterkant van beide bovenbenen"),
    option("elsewhere", "Ergens anders"),
  ],
  onset: [option("acute", "Plotseling, bij sprinten, versnellen of abrupt stoppen"), option("gradual", "Geleidelijk, door steeds opnieuw belasten")],
  since: [
    option("under_week", "Korter dan een week"),
    option("one_to_four_weeks", "1 tot 4 weken"),
    option("one_to_three_months", "1 tot 3 maanden"),
    option("longer", "Langer dan 3 maanden"),
  ],
  stiffness: [option("none", "Nee"), option("mornings", "Ja, vooral 's ochtends"), option("after_rest", "Ja, vooral na stilzitten of rust"), option("both", "Ja, allebei")],
  weightBearing: [option("normal", "Ja, gewoon"), option("painful", "Ja, maar het doet pijn"), option("impossible", "Nee, dat lukt niet")],
  painfulActivities: [option("walking", "Lopen"), option("sitting", "Zitten"), option("stairs", "Traplopen")],
  crampFrequency: [option("never", "Ik heb geen kramp"), option("sometimes", "Af en toe, minder dan eens per week"), option("weekly", "Elke week"), option("daily", "(Bijna) elke dag")],
  crampTiming: [option("during", "Tijdens het sporten of inspanning"), option("after", "Na het sporten"), option("night", "'s Nachts")],
  crampDuration: [option("minutes", "Hooguit een paar minuten"), option("longer", "Langer dan een paar minuten")],
  crampTrend: [option("stable", "Ongeveer even vaak"), option("increasing", "Steeds vaker")],
  restWeek: [option("better", "Ja, het werd beter"), option("not_better", "Nee, het werd niet beter"), option("not_rested", "Ik heb nog geen week rust gehouden")],
  previousInjuries: [option("none", "Nee"), option("once", "Ja, één keer"), option("more", "Ja, vaker")],
  yesNo: [option("yes", "Ja"), option("no", "Nee")],
} as const;

type Values<K extends keyof typeof intakeOptions> = (typeof intakeOptions)[K][number]["value"];
const values = <K extends keyof typeof intakeOptions>(key: K) => intakeOptions[key].map((o) => o.value) as [Values<K>, ...Values<K>[]];

const choose = "Kies een antwoord.";
const choice = <K extends keyof typeof intakeOptions>(key: K) => z.enum(values(key), { error: choose });
const yesNo = z.enum(["yes", "no"], { error: choose }).transform((v) => v === "yes");
const text = (max: number, tooLong = `Gebruik hooguit ${max} tekens.`) => z.string().overwrite(cleanText).trim().max(max, tooLong).default("");
const painScore = (label: string) =>
  z
    .string({ error: `Geef ${label} een cijfer van 0 tot 10.` })
    .trim()
    .regex(/^(10|[0-9])$/, `Geef ${label} een cijfer van 0 tot 10.`)
    .transform(Number);

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

const birthDateFormat = new Intl.DateTimeFormat("nl-NL", { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" });
/** A calendar date (YYYY-MM-DD) as Dutch readers write it: "17 mei 1994". */
const dutchDate = (value: string) => birthDateFormat.format(new Date(`${value}T00:00:00Z`));

function validBirthDate(value: string, today: string): boolean {
  if (!isoDate.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value && value >= "1900-01-01" && value <= today;
}

/** The intake schema. `today` (YYYY-MM-DD, Amsterdam) bounds the date of birth; pass it, no hidden clock. */
export function intakeSchema(today: string) {
  return z
    .object({
      formVersion: z.coerce.number().refine((v) => v === INTAKE_FORM_VERSION, "Dit formulier is intussen vernieuwd. Controleer je antwoorden en verstuur het opnieuw."),
      // Contact details
      fullName: z.string({ error: "Vul je naam in." }).overwrite(cleanLine).trim().min(2, "Vul je voor- en achternaam in.").max(120, "Gebruik hooguit 120 tekens."),
      email: z
        .string({ error: "Vul je e-mailadres in." })
        .overwrite(cleanLine)
        .trim()
        .min(1, "Vul je e-mailadres in.")
        .max(254, "Dit e-mailadres is te lang.")
        .pipe(z.email("Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl."))
        .transform((v) => v.toLowerCase()),
      phone: z
        .string({ error: "Vul je telefoonnummer in." })
        .overwrite(cleanLine)
        .trim()
        .min(1, "Vul je telefoonnummer in.")
        // An empty field has its own message above; one message per field.
        .refine((v) => v === "" || /^\+?[0-9][0-9 ()-]{7,18}$/.test(v), "Vul een geldig telefoonnummer in, bijvoorbeeld 06 12345678."),
      dateOfBirth: z
        .string({ error: "Vul je geboortedatum in." })
        .trim()
        .min(1, "Vul je geboortedatum in.")
        .refine((v) => v === "" || validBirthDate(v, today), "Vul een geldige geboortedatum in (dag, maand en jaar)."),
      // The complaint
      complaintLocation: choice("complaintLocation"),
      complaintElsewhere: text(200),
      onset: choice("onset"),
      since: choice("since"),
      painNow: painScore("de pijn nu"),
      painWorst: painScore("de ergste pijn"),
      stiffness: choice("stiffness"),
      strengthLoss: yesNo,
      swellingOrBruising: yesNo,
      pop: yesNo,
      visibleDent: yesNo,
      weightBearing: choice("weightBearing"),
      walkingHard: yesNo,
      painfulActivities: z.array(z.enum(values("painfulActivities"))).default([]),
      // Cramp
      crampFrequency: choice("crampFrequency"),
      crampTiming: z.array(z.enum(values("crampTiming"))).default([]),
      crampDuration: choice("crampDuration").optional(),
      crampTrend: choice("crampTrend").optional(),
      crampAtMinimalEffort: yesNo.optional(),
      oneLegMuchMore: yesNo,
      restWeek: choice("restWeek"),
      // Sport, history, goals
      sport: text(120),
      weeklyTrainingHours: z
        .string()
        .trim()
        .default("")
        .refine((v) => v === "" || (/^\d{1,2}([.,]\d)?$/.test(v) && Number(v.replace(",", ".")) <= 40), "Vul een aantal uren per week in, van 0 tot 40.")
        .transform((v) => (v === "" ? null : Number(v.replace(",", ".")))),
      previousInjuries: choice("previousInjuries"),
      previousInjuriesNote: text(1000),
      tried: text(2000),
      goals: z.string({ error: "Vertel kort wat je weer wilt kunnen." }).overwrite(cleanText).trim().min(3, "Vertel kort wat je weer wilt kunnen.").max(2000, "Gebruik hooguit 2000 tekens."),
      consent: z.literal("yes", { error: "Geef toestemming om je gezondheidsgegevens te gebruiken; zonder kunnen we de intake niet verwerken." }),
    })
    // Cross-field checks. They run even when other fields are wrong (`when`), so that every error shows
    // at once; the value may then be partly unparsed, hence the type checks.
    .superRefine(
      (value, ctx) => {
        const v = value as Partial<Record<string, unknown>>;
        const elsewhere = typeof v.complaintElsewhere === "string" ? v.complaintElsewhere.trim() : "";
        if (v.complaintLocation === "elsewhere" && elsewhere.length < 2) {
          ctx.addIssue({ code: "custom", path: ["complaintElsewhere"], message: "Beschrijf waar je last hebt." });
        }
        if (typeof v.painNow === "number" && typeof v.painWorst === "number" && v.painWorst < v.painNow) {
          ctx.addIssue({ code: "custom", path: ["painWorst"], message: "De ergste pijn is minstens zo hoog als de pijn nu." });
        }
        if (typeof v.crampFrequency === "string" && v.crampFrequency !== "never") {
          if (!v.crampDuration) ctx.addIssue({ code: "custom", path: ["crampDuration"], message: "Hoe lang houdt een kramp aan?" });
          if (!v.crampTrend) ctx.addIssue({ code: "custom", path: ["crampTrend"], message: "Komt de kramp steeds vaker?" });
          if (v.crampAtMinimalEffort === undefined) ctx.addIssue({ code: "custom", path: ["crampAtMinimalEffort"], message: choose });
        }
      },
      { when: () => true },
    );
}

export type IntakeAnswers = z.infer<ReturnType<typeof intakeSchema>>;
export type IntakeField = keyof z.input<ReturnType<typeof intakeSchema>>;

/** Fields with several values (checkbox groups). */
const multiValued = new Set<string>(["painfulActivities", "crampTiming"]);

/** The raw form input for the schema: checkbox groups as arrays, an absent field as undefined. */
export function intakeInput(formData: FormData): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    if (multiValued.has(key)) input[key] = formData.getAll(key).filter((v) => typeof v === "string");
    else {
      const value = formData.get(key);
      if (typeof value === "string" && !(value === "" && OPTIONAL_WHEN_EMPTY.has(key))) input[key] = value;
    }
  }
  return input;
}

/** Choices that only apply to some patients: an empty value means "not answered". */
const OPTIONAL_WHEN_EMPTY = new Set(["crampDuration", "crampTrend", "crampAtMinimalEffort"]);

/** The questions as the form asks them; the review and the staff list use the same words. */
export const intakeLabels = {
  fullName: "Voor- en achternaam",
  email: "E-mailadres",
  phone: "Telefoonnummer",
  dateOfBirth: "Geboortedatum",
  complaintLocation: "Waar heb je last?",
  complaintElsewhere: "Waar precies?",
  onset: "Hoe begon het?",
  since: "Sinds wanneer heb je last?",
  painNow: "Pijn nu (0 = geen, 10 = ergst denkbaar)",
  painWorst: "Pijn op het ergste moment (0–10)",
  stiffness: "Voelt je been stijf?",
  strengthLoss: "Heb je duidelijk minder kracht in je been?",
  swellingOrBruising: "Zie je zwelling of een blauwe plek?",
  pop: "Voelde of hoorde je een knak toen het begon?",
  visibleDent: "Zie je een deuk of kuil in de spier?",
  weightBearing: "Kun je op je been staan?",
  walkingHard: "Gaat gewoon lopen moeilijk?",
  painfulActivities: "Wat doet pijn?",
  crampFrequency: "Hoe vaak heb je kramp in je hamstring?",
  crampTiming: "Wanneer krijg je kramp?",
  crampDuration: "Hoe lang houdt een kramp aan?",
  crampTrend: "Komt de kramp steeds vaker?",
  crampAtMinimalEffort: "Krijg je al kramp bij weinig inspanning?",
  oneLegMuchMore: "Heeft het ene been veel vaker last dan het andere?",
  restWeek: "Werd het beter na een week rust?",
  sport: "Welke sport doe je?",
  weeklyTrainingHours: "Hoeveel uur train je per week?",
  previousInjuries: "Had je eerder een hamstringblessure?",
  previousInjuriesNote: "Wat was dat, en wanneer?",
  tried: "Wat heb je zelf al geprobeerd?",
  goals: "Wat wil je weer kunnen?",
} as const satisfies Partial<Record<IntakeField, string>>;

type OptionKey = keyof typeof intakeOptions;
const optionsFor: Partial<Record<IntakeField, OptionKey>> = {
  complaintLocation: "complaintLocation",
  onset: "onset",
  since: "since",
  stiffness: "stiffness",
  strengthLoss: "yesNo",
  swellingOrBruising: "yesNo",
  pop: "yesNo",
  visibleDent: "yesNo",
  weightBearing: "weightBearing",
  walkingHard: "yesNo",
  painfulActivities: "painfulActivities",
  crampFrequency: "crampFrequency",
  crampTiming: "crampTiming",
  crampDuration: "crampDuration",
  crampTrend: "crampTrend",
  crampAtMinimalEffort: "yesNo",
  oneLegMuchMore: "yesNo",
  restWeek: "restWeek",
  previousInjuries: "previousInjuries",
};

/**
 * Submitted form values (strings; checkbox groups joined by commas) as question–answer pairs in plain
 * Dutch, for the review step and the staff list. Unanswered optional questions are left out.
 */
export function describeIntake(values: Record<string, unknown>): { question: string; answer: string }[] {
  const answerText = (field: IntakeField, raw: unknown): string => {
    const key = optionsFor[field];
    const parts = Array.isArray(raw) ? raw.map(String) : typeof raw === "boolean" ? [raw ? "yes" : "no"] : String(raw ?? "").split(",").filter(Boolean);
    if (field === "dateOfBirth" && typeof raw === "string" && isoDate.test(raw)) return dutchDate(raw);
    if (!key) return Array.isArray(raw) ? parts.join(", ") : String(raw ?? "");
    const options = intakeOptions[key] as readonly { value: string; label: string }[];
    return parts.map((part) => options.find((o) => o.value === part)?.label ?? part).join(", ");
  };
  return (Object.keys(intakeLabels) as (keyof typeof intakeLabels)[])
    .map((field) => ({ question: intakeLabels[field], answer: answerText(field, values[field]) }))
    .filter((pair) => pair.answer.trim() !== "");
}
