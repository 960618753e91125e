import "server-only";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { decodeTriageInput, encodeTriageInput, type TriageInput } from "@/lib/triage";

/**
 * Carries the self-check's answers into the booking intake. Health data stays out of URLs (they end up in
 * logs and browser history): the answers travel in a short-lived, httpOnly cookie instead, readable only by
 * the server and gone after two hours or when the intake clears it.
 */
export const SELF_CHECK_COOKIE = "keten_klachtencheck";
const TWO_HOURS = 2 * 60 * 60;

export async function storeSelfCheckAnswers(answers: TriageInput): Promise<void> {
  (await cookies()).set(SELF_CHECK_COOKIE, encodeTriageInput(answers), {
    httpOnly: true,
    sameSite: "lax",
    secure: env.NODE_ENV === "production",
    maxAge: TWO_HOURS,
    path: "/",
  });
}

/** The carried answers, validated again; null when there are none or they are not what we wrote. */
export async function readSelfCheckAnswers(): Promise<TriageInput | null> {
  return decodeTriageInput((await cookies()).get(SELF_CHECK_COOKIE)?.value);
}

/** Call once the intake has taken the answers over (only possible in a server action or route handler). */
export async function clearSelfCheckAnswers(): Promise<void> {
  (await cookies()).delete(SELF_CHECK_COOKIE);
}
