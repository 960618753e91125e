/**
 * Dosage in plain Dutch: how much (sets × repetitions, seconds held, or minutes), on which side, with what
 * load, tempo and rest, and how often. Pure; also used by client components.
 */
export type DosageSide = "each_side" | "left" | "right";
export type Dosage = {
  sets: number;
  reps: number | null;
  holdSeconds: number | null;
  timesPerWeek: number;
  durationMinutes?: number | null;
  side?: DosageSide | null;
  load?: string;
  tempo?: string;
  restSeconds?: number | null;
};

/** "30 seconden", "15 minuten", "1 minuut en 30 seconden". */
export function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${seconds} ${seconds === 1 ? "seconde" : "seconden"}`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const minutesText = `${minutes} ${minutes === 1 ? "minuut" : "minuten"}`;
  return rest === 0 ? minutesText : `${minutesText} en ${formatSeconds(rest)}`;
}

const sideText: Record<DosageSide, string> = { each_side: " per kant", left: ", alleen links", right: ", alleen rechts" };

/** "3 × 5 herhalingen per kant", "5 × 30 seconden vasthouden", "15 minuten", "3 × 6 herhalingen van 5 seconden". */
export function formatAmount(dosage: Dosage): string {
  const { sets, reps, holdSeconds } = dosage;
  const side = dosage.side ? sideText[dosage.side] : "";
  if (dosage.durationMinutes) {
    const minutes = `${dosage.durationMinutes} ${dosage.durationMinutes === 1 ? "minuut" : "minuten"}`;
    return `${sets === 1 ? minutes : `${sets} × ${minutes}`}${side}`;
  }
  if (reps !== null && holdSeconds !== null) return `${sets} × ${reps} herhalingen van ${formatSeconds(holdSeconds)}${side}`;
  if (reps !== null) return `${sets} × ${reps} ${reps === 1 ? "herhaling" : "herhalingen"}${side}`;
  if (holdSeconds !== null) return `${sets === 1 ? `${formatSeconds(holdSeconds)} vasthouden` : `${sets} × ${formatSeconds(holdSeconds)} vasthouden`}${side}`;
  return `${sets} ${sets === 1 ? "set" : "sets"}${side}`;
}

/** The rest of the prescription in one line: "met 2 kg · tempo: 3 tellen omlaag · 1 minuut rust tussen de sets". */
export function formatDetails(dosage: Dosage): string {
  return [
    dosage.load ? `met ${dosage.load}` : null,
    dosage.tempo ? `tempo: ${dosage.tempo}` : null,
    dosage.restSeconds && dosage.sets > 1 ? `${formatSeconds(dosage.restSeconds)} rust tussen de sets` : null,
  ]
    .filter(Boolean)
    .join(" · ");
}

/** "dagelijks", "3× per week", "2× per dag". */
export function formatFrequency(timesPerWeek: number): string {
  if (timesPerWeek === 7) return "dagelijks";
  if (timesPerWeek > 7 && timesPerWeek % 7 === 0) return `${timesPerWeek / 7}× per dag`;
  return `${timesPerWeek}× per week`;
}

/** The choices a therapist picks the frequency from (stored as times per week). */
export const frequencyOptions = [1, 2, 3, 4, 5, 6, 7, 14, 21].map((value) => ({ value: String(value), label: formatFrequency(value) }));
