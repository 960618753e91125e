/**
 * Why a patient cancels: asked when they cancel online (outside the cancellation window), stored on the
 * appointment as `patient:<code>` so the practice sees it. Inside the window they call instead.
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

export const CANCEL_REASON_REQUIRED = "Kies waarom je annuleert. Zo kunnen we je beter helpen en de tijd aan een ander geven.";

/** A cancellation within the window before the start (only staff can record one: the patient calls). */
export function isLateCancellation(startsAt: Date, cancelledAt: Date, cutoffHours: number): boolean {
  return startsAt.getTime() - cancelledAt.getTime() < cutoffHours * 3_600_000;
}
