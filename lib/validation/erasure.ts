import { z } from "zod";
import { cleanText } from "@/lib/validation/text";

/** A request for erasure (portal) and the practice's answer (workspace), decision 024. */
const MESSAGE_MAX = 2000;

export const erasureRequestSchema = z.object({
  message: z.string().overwrite(cleanText).trim().max(MESSAGE_MAX, `Hoogstens ${MESSAGE_MAX} tekens.`).default(""),
  confirm: z.literal("ja", { error: "Vink aan dat je om verwijdering vraagt." }),
});

export const erasureAnswerSchema = z.object({
  requestId: z.uuid({ error: "Dit verzoek bestaat niet (meer)." }),
  note: z.string().overwrite(cleanText).trim().max(MESSAGE_MAX, `Hoogstens ${MESSAGE_MAX} tekens.`).default(""),
  closeAccount: z.unknown().transform((value) => value === "ja"),
});
