import { z } from "zod";
import { cleanText } from "@/lib/validation/text";

/**
 * A visit note under the practice's headings (klachten, onderzoek, behandeling, afspraken). One schema for
 * the form and the action; the amendment asks the revision it was based on and why it changes.
 */
export const visitNoteFields = ["complaints", "examination", "treatment", "agreements"] as const;
export type VisitNoteField = (typeof visitNoteFields)[number];
export type VisitNoteContent = Record<VisitNoteField, string>;

export const visitNoteLabels: Record<VisitNoteField, string> = {
  complaints: "Klachten",
  examination: "Onderzoek",
  treatment: "Behandeling",
  agreements: "Afspraken",
};

export const visitNoteHints: Record<VisitNoteField, string> = {
  complaints: "Wat de patiënt vertelt: verloop sinds de vorige keer, pijn, belasting.",
  examination: "Wat je zag en mat, per schakel waar dat helpt.",
  treatment: "Wat je vandaag deed en hoe de patiënt reageerde.",
  agreements: "Wat jullie afspraken: oefeningen, belasting, de volgende afspraak.",
};

export const NOTE_MAX = 5000;
const REASON_MAX = 500;

const section = (label: string) => z.string().overwrite(cleanText).trim().max(NOTE_MAX, `${label}: hoogstens ${NOTE_MAX} tekens.`).default("");

export const visitNoteSchema = z
  .object({
    complaints: section("Klachten"),
    examination: section("Onderzoek"),
    treatment: section("Behandeling"),
    agreements: section("Afspraken"),
  })
  .refine((note) => visitNoteFields.some((field) => note[field].length > 0), { message: "Vul minstens één kopje in.", path: ["complaints"] });

export const noteAmendmentSchema = z.object({
  expectedRevision: z.coerce.number("Deze pagina is verouderd. Open de notitie opnieuw.").int().min(1),
  amendmentReason: z
    .string("Geef aan waarom je de notitie aanvult of corrigeert.")
    .transform((value) => cleanText(value).trim())
    .pipe(z.string().min(3, "Geef aan waarom je de notitie aanvult of corrigeert (minstens een paar woorden).").max(REASON_MAX, `De reden is te lang: hoogstens ${REASON_MAX} tekens.`)),
});

/** The plain object the schemas read from a posted form (strings only). */
export function visitNoteInput(formData: FormData): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) input[key] = value;
  }
  return input;
}

export type NoteChange = { field: VisitNoteField; label: string; before: string; after: string };

/** What changed between two revisions, heading by heading. */
export function visitNoteDiff(before: VisitNoteContent, after: VisitNoteContent): NoteChange[] {
  return visitNoteFields.filter((field) => before[field] !== after[field]).map((field) => ({ field, label: visitNoteLabels[field], before: before[field], after: after[field] }));
}
