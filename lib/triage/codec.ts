import { parseShortJson } from "@/lib/validation/json";
import { triageInputSchema, type TriageInput } from "./input";

/**
 * A compact text form of the answers, for a hidden form field or a cookie value (never a URL: these are
 * health data). Decoding validates again and gives null on anything it does not recognise.
 */
export function encodeTriageInput(input: TriageInput): string {
  return JSON.stringify(triageInputSchema.parse(input));
}

export function decodeTriageInput(text: string | null | undefined): TriageInput | null {
  const value = parseShortJson(text);
  if (value === undefined) return null;
  const parsed = triageInputSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
