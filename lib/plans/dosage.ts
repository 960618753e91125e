/**
 * Dosage in plain Dutch: how much (sets × repetitions or seconds held) and how often. Pure.
 */
export type Dosage = { sets: number; reps: number | null; holdSeconds: number | null; timesPerWeek: number };

/** "30 seconden", "15 minuten", "1 minuut en 30 seconden". */
export function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${seconds} ${seconds === 1 ? "seconde" : "seconden"}`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const minutesText = `${minutes} ${minutes === 1 ? "minuut" : "minuten"}`;
  return rest === 0 ? minutesText : `${minutesText} en ${formatSeconds(rest)}`;
}

/** "3 × 5 herhalingen", "5 × 30 seconden vasthouden", "3 × 6 herhalingen van 5 seconden". */
export function formatAmount({ sets, reps, holdSeconds }: Dosage): string {
  if (reps !== null && holdSeconds !== null) return `${sets} × ${reps} herhalingen van ${formatSeconds(holdSeconds)}`;
  if (reps !== null) return `${sets} × ${reps} ${reps === 1 ? "herhaling" : "herhalingen"}`;
  if (holdSeconds !== null) return sets === 1 ? `${formatSeconds(holdSeconds)} aaneen` : `${sets} × ${formatSeconds(holdSeconds)} vasthouden`;
  return `${sets} ${sets === 1 ? "set" : "sets"}`;
}

/** "elke dag", "3 keer per week", "2 keer per dag". */
export function formatFrequency(timesPerWeek: number): string {
  if (timesPerWeek === 7) return "elke dag";
  if (timesPerWeek > 7 && timesPerWeek % 7 === 0) return `${timesPerWeek / 7} keer per dag`;
  return `${timesPerWeek} keer per week`;
}
