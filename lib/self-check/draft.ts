import "server-only";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { parseShortJson } from "@/lib/validation/json";
import { selfCheckQuestions, type SelfCheckField } from "./questions";
import { isAnswer, type SelfCheckAnswers } from "./steps";

/**
 * The answers of a self-check in progress, between its steps. Health data stays out of URLs: they live in
 * a short-lived, httpOnly cookie for the /klachtencheck pages only, and only answers the questions offer are
 * ever read back. Nothing is stored on the server.
 */
export const SELF_CHECK_DRAFT_COOKIE = "keten_klachtencheck_stappen";
const ONE_HOUR = 60 * 60;

export type SelfCheckDraft = { answers: SelfCheckAnswers; sentStep?: string };

export function decodeDraft(text: string | undefined): SelfCheckDraft | null {
  const value = parseShortJson(text);
  if (!value || typeof value !== "object") return null;
  const { a, s } = value as { a?: unknown; s?: unknown };
  const answers: SelfCheckAnswers = {};
  if (a && typeof a === "object") {
    for (const question of selfCheckQuestions) {
      const answer = Object.hasOwn(a, question.name) ? (a as Record<string, unknown>)[question.name] : undefined;
      if (isAnswer(question.name as SelfCheckField, answer)) answers[question.name] = answer;
    }
  }
  return { answers, sentStep: typeof s === "string" && s.length < 40 ? s : undefined };
}

export async function readDraft(): Promise<SelfCheckDraft | null> {
  return decodeDraft((await cookies()).get(SELF_CHECK_DRAFT_COOKIE)?.value);
}

export async function writeDraft(draft: SelfCheckDraft): Promise<void> {
  (await cookies()).set(SELF_CHECK_DRAFT_COOKIE, JSON.stringify({ a: draft.answers, s: draft.sentStep }), {
    httpOnly: true,
    sameSite: "lax",
    secure: env.NODE_ENV === "production",
    maxAge: ONE_HOUR,
    path: "/klachtencheck",
  });
}

export async function clearDraft(): Promise<void> {
  (await cookies()).set(SELF_CHECK_DRAFT_COOKIE, "", { path: "/klachtencheck", maxAge: 0 });
}
