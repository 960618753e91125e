import { z } from "zod";
import { isValidBsn, normaliseBsn } from "@/lib/security/bsn";
import { cleanLine, cleanText } from "@/lib/validation/text";

/**
 * Dossier phase 1 (issue 17, point 1): the form's fields, labels and checks in one place. The medical
 * determinants are each asked (ja/nee, with a note when present); "gevraagd, niets aanwezig" is stored
 * explicitly when every answer is "nee". Signs that make a screening "niet-pluis" likely are marked.
 */
export const determinants = [
  { code: "medication", label: "Medicijngebruik (ook bloedverdunners)", redFlag: false },
  { code: "surgery", label: "Recente operatie of ziekenhuisopname", redFlag: false },
  { code: "cardiovascular", label: "Hart- en vaatziekten", redFlag: false },
  { code: "diabetes", label: "Diabetes", redFlag: false },
  { code: "cancer", label: "Kanker, nu of in het verleden", redFlag: true },
  { code: "weight_loss", label: "Onverklaard gewichtsverlies", redFlag: true },
  { code: "night_pain", label: "Pijn in rust of 's nachts, onafhankelijk van houding", redFlag: true },
  { code: "fever", label: "Koorts of zich algemeen ziek voelen", redFlag: true },
] as const;
export type DeterminantCode = (typeof determinants)[number]["code"];

export const accessLabels = { direct: "Direct toegankelijk (zonder verwijzing)", referral: "Met verwijzing" } as const;
export const outcomeLabels = { pluis: "Pluis: behandelen", niet_pluis: "Niet-pluis: terug naar de huisarts" } as const;
export const idDocumentLabels = { paspoort: "Paspoort", identiteitskaart: "Identiteitskaart", rijbewijs: "Rijbewijs", verblijfsdocument: "Verblijfsdocument" } as const;

const text = (max: number) => z.string().overwrite(cleanText).trim().max(max, `Gebruik hooguit ${max} tekens.`).default("");
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export function screeningSchema(today: string) {
  const answers = Object.fromEntries(determinants.map((d) => [`det_${d.code}`, z.enum(["ja", "nee"], { error: "Vraag dit na en kies ja of nee." })]));
  const notes = Object.fromEntries(determinants.map((d) => [`det_${d.code}_note`, text(300)]));
  return z
    .object({
      helpQuestion: z.string({ error: "Noteer de hulpvraag in de woorden van de patiënt." }).overwrite(cleanText).trim().min(3, "Noteer de hulpvraag in de woorden van de patiënt.").max(1000, "Gebruik hooguit 1000 tekens."),
      gpName: text(120),
      gpPractice: text(120),
      insurer: text(120),
      access: z.enum(["direct", "referral"], { error: "Kies direct toegankelijk of met verwijzing." }),
      referrerName: text(120),
      referralDate: z.string().overwrite(cleanLine).trim().default(""),
      ...answers,
      ...notes,
      outcome: z.enum(["pluis", "niet_pluis", ""], { error: "Kies een uitkomst." }).default(""),
      outcomeNote: text(1000),
      confirmed: z.enum(["ja"]).optional(),
      amendmentReason: text(500),
    })
    .superRefine((v, ctx) => {
      if (v.access === "referral" && v.referrerName.length < 2) ctx.addIssue({ code: "custom", path: ["referrerName"], message: "Vul in wie heeft verwezen." });
      if (v.referralDate && (!isoDate.test(v.referralDate) || v.referralDate > today)) ctx.addIssue({ code: "custom", path: ["referralDate"], message: "Vul een geldige datum in, niet in de toekomst." });
      if (v.access === "referral" && !v.referralDate) ctx.addIssue({ code: "custom", path: ["referralDate"], message: "Vul de datum van de verwijzing in." });
      if (v.confirmed && !v.outcome) ctx.addIssue({ code: "custom", path: ["outcome"], message: "Kies pluis of niet-pluis voordat je bevestigt." });
      if (v.outcome === "niet_pluis" && v.outcomeNote.length < 3) ctx.addIssue({ code: "custom", path: ["outcomeNote"], message: "Noteer waarom het niet-pluis is en wat je met de huisarts afspreekt." });
      for (const d of determinants) {
        const record = v as Record<string, unknown>;
        if (record[`det_${d.code}`] === "ja" && String(record[`det_${d.code}_note`] ?? "").length < 2) ctx.addIssue({ code: "custom", path: [`det_${d.code}_note`], message: "Licht kort toe wat er speelt." });
      }
    });
}

export const bsnSchema = z.object({
  idChecked: z.literal("ja", { error: "Controleer eerst een identiteitsbewijs; zonder controle leggen we geen BSN vast." }),
  idDocument: z.enum(["paspoort", "identiteitskaart", "rijbewijs", "verblijfsdocument"], { error: "Kies welk document je hebt gezien." }),
  bsn: z
    .string({ error: "Vul het BSN in." })
    .transform((v, ctx) => {
      const bsn = normaliseBsn(v);
      if (!bsn || !isValidBsn(bsn)) {
        ctx.addIssue({ code: "custom", message: "Dit is geen geldig BSN (9 cijfers die de elfproef doorstaan)." });
        return z.NEVER;
      }
      return bsn;
    }),
});
