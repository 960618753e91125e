/** The value of a short JSON text (a cookie, a hidden field), or undefined when it is missing, too long or not JSON. */
export function parseShortJson(text: string | null | undefined, maxLength = 2_000): unknown {
  if (!text || text.length > maxLength) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
