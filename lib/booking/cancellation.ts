/**
 * Why a patient cancels: asked, never required, when they cancel online (outside the cancellation window;
 * issue 12 point 17, issue 15 point 3). Stored on the appointment as `patient:<code>` (`not_given` when they
 * chose nothing), followed by a line break and their own words when they wrote some, so the therapist sees
 * it. Inside the window they call instead.
 */
export const cancelReasons = {
  ziek: "Ik ben ziek of heb koorts",
  klachten_over: "Mijn klachten zijn over of veel minder",
  verhinderd: "Ik ben verhinderd (werk, familie, vervoer)",
  andere_zorg: "Ik ga naar een andere zorgverlener",
  anders: "Een andere reden",
} as const;
export type CancelReason = keyof typeof cancelReasons;

export function parseCancelReason(value: unknown): CancelReason | null {
  return typeof value === "string" && Object.hasOwn(cancelReasons, value) ? (value as CancelReason) : null;
}

export const CANCEL_REASON_UNKNOWN = "Kies een reden uit de lijst, of ‘Zeg ik liever niet’.";
export const CANCEL_NOTE_MAX = 500;

/** What the patient told (or did not tell) when cancelling. */
export type CancelChoice = { reason: CancelReason | null; note: string };
export const NO_CANCEL_REASON: CancelChoice = { reason: null, note: "" };

/** The value stored in `appointments.cancellation_reason` for a patient's own cancellation. */
export function storedCancelReason(choice: CancelChoice): string {
  const note = choice.note.trim();
  return `patient:${choice.reason ?? "not_given"}${note ? `\n${note}` : ""}`;
}

/** The stored reason in words: `patient:<code>[\n<note>]` as the patient gave it, anything else as staff wrote it. */
export function cancelReasonInWords(stored: string | null): string | null {
  if (!stored) return null;
  if (!stored.startsWith("patient:")) return stored;
  const [head = "", ...rest] = stored.slice("patient:".length).split("\n");
  const code = parseCancelReason(head);
  const note = rest.join("\n").trim();
  const parts = [code ? cancelReasons[code] : null, note ? `‘${note}’` : null].filter((part): part is string => part !== null);
  return parts.length ? parts.join(" — ") : null;
}

/** A cancellation within the window before the start (only staff can record one: the patient calls). */
export function isLateCancellation(startsAt: Date, cancelledAt: Date, cutoffHours: number): boolean {
  return startsAt.getTime() - cancelledAt.getTime() < cutoffHours * 3_600_000;
}
