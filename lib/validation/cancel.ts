import { z } from "zod";

/**
 * The optional reason a patient gives when cancelling (kept with the appointment, shown to the therapist).
 * Control characters other than line breaks and tabs are dropped; PostgreSQL refuses U+0000 in text.
 */
export const CANCEL_REASON_MAX = 500;

export const cancelReasonSchema = z
  .string()
  .default("")
  .transform((value) => value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "").trim())
  .pipe(z.string().max(CANCEL_REASON_MAX, `Gebruik hooguit ${CANCEL_REASON_MAX} tekens voor de reden.`));

/** The reason from a cancel form, or the Dutch message when it is too long. */
export function cancelReasonFrom(formData: FormData): { reason: string | null } | { error: string } {
  const raw = formData.get("reden");
  const parsed = cancelReasonSchema.safeParse(typeof raw === "string" ? raw : undefined);
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Controleer de reden." };
  return { reason: parsed.data || null };
}
