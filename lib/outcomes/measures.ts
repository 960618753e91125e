import { cleanLine } from "@/lib/validation/text";

/**
 * PSK and NPRS (issue 17, point 3), pure. PSK: the patient names 3–5 activities that are hard and scores each
 * 0 (no problem) to 10 (impossible); the measure is their average. NPRS: average pain over the last 24 hours,
 * 0 (none) to 10 (worst imaginable). Measures are due at intake (before the first), when a new phase started
 * after the latest, and at the end of a plan.
 */
export type OutcomeMoment = "intake" | "phase_change" | "end" | "check";

export const momentLabels: Record<OutcomeMoment, string> = {
  intake: "bij de start",
  phase_change: "bij een nieuwe fase",
  end: "bij het afsluiten",
  check: "tussendoor",
};

export function pskAverage(scores: readonly number[]): number {
  if (scores.length === 0) return 0;
  return Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10;
}

/** Which measurement is due now, or null when the latest one is recent enough. */
export function dueMoment(input: { lastMeasuredAt: Date | null; currentPhaseStartedAt: Date | null; planEndedAt: Date | null }): OutcomeMoment | null {
  const { lastMeasuredAt, currentPhaseStartedAt, planEndedAt } = input;
  if (!lastMeasuredAt) return "intake";
  if (planEndedAt && planEndedAt > lastMeasuredAt) return "end";
  if (currentPhaseStartedAt && currentPhaseStartedAt > lastMeasuredAt) return "phase_change";
  return null;
}

const SCORE = /^(10|[0-9])$/;
export const PSK_MIN = 3;
export const PSK_MAX = 5;

type Parsed = { ok: true; psk: { activity: string; score: number }[]; nprs: number } | { ok: false; fieldErrors: Record<string, string[]> };

/** The form: psk_activity_1..5 with psk_score_1..5, and nprs. Empty rows are skipped; 3–5 filled ones needed. */
export function parseOutcomeForm(input: Record<string, unknown>): Parsed {
  const text = (key: string) => (typeof input[key] === "string" ? cleanLine(input[key] as string).trim() : "");
  const fieldErrors: Record<string, string[]> = {};
  const psk: { activity: string; score: number }[] = [];
  let rows = 0;
  for (let i = 1; i <= PSK_MAX; i++) {
    const activity = text(`psk_activity_${i}`);
    const raw = text(`psk_score_${i}`);
    if (!activity && !raw) continue;
    rows += 1;
    const activityOk = activity.length >= 2 && activity.length <= 120;
    if (!activityOk) fieldErrors[`psk_activity_${i}`] = ["Beschrijf de activiteit in een paar woorden (hooguit 120 tekens)."];
    if (!SCORE.test(raw)) fieldErrors[`psk_score_${i}`] = ["Geef deze activiteit een cijfer van 0 tot 10."];
    else if (activityOk) psk.push({ activity, score: Number(raw) });
  }
  if (rows < PSK_MIN && !fieldErrors.psk_activity_1) fieldErrors.psk_activity_1 = [`Noem ${PSK_MIN} tot ${PSK_MAX} activiteiten die moeilijk gaan, elk met een cijfer.`];
  const nprs = text("nprs");
  if (!SCORE.test(nprs)) fieldErrors.nprs = ["Geef de gemiddelde pijn van de afgelopen 24 uur een cijfer van 0 tot 10."];
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  return { ok: true, psk, nprs: Number(nprs) };
}

export const outcomeFormFields = [...Array.from({ length: PSK_MAX }, (_, i) => [`psk_activity_${i + 1}`, `psk_score_${i + 1}`]).flat(), "nprs"];
