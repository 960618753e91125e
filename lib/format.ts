/** Dutch formatting helpers. */

export function formatMinutes(minutes: number): string {
  if (minutes < 60 || minutes % 60 !== 0) return `${minutes} minuten`;
  const hours = minutes / 60;
  return hours === 1 ? "1 uur" : `${hours} uur`;
}
