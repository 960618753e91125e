"use server";

import { redirect } from "next/navigation";
import { auth } from "@/auth";
import { currentActor } from "@/lib/auth/actor";
import { SECOND_FACTOR_LIMITS } from "@/lib/auth/policy";
import { confirmEnrolment, verifySecondFactor } from "@/lib/auth/second-factor";
import { destinationAfterLogin } from "@/lib/validation/auth";
import type { FormState } from "@/lib/validation/form-state";

type CodeField = "code";
export type EnrolState = FormState<CodeField> & { recoveryCodes?: string[]; next?: string };

const messages = {
  invalid: "Vul de zescijferige code uit je authenticator-app in, of een herstelcode.",
  wrong: "Deze code klopt niet of is al gebruikt. Wacht op de volgende code in je app en probeer het opnieuw.",
  locked: `Te veel onjuiste codes. Om je account te beschermen kun je het over ${SECOND_FACTOR_LIMITS.perAccount.windowMinutes} minuten opnieuw proberen.`,
} as const;

function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value.slice(0, 100) : "";
}

export async function verifyCodeAction(_previous: FormState<CodeField>, formData: FormData): Promise<FormState<CodeField>> {
  const session = await auth();
  const actor = await currentActor(session);
  if (!actor) redirect("/inloggen?volgende=%2Fpraktijk");
  const outcome = await verifySecondFactor(session, text(formData, "code"));
  if (outcome.ok) redirect(destinationAfterLogin(actor.role, text(formData, "volgende") || undefined));
  if (outcome.reason === "ended") redirect("/inloggen?tweestaps=verlopen");
  return { ok: false, fieldErrors: { code: [messages[outcome.reason]] } };
}

export async function confirmEnrolmentAction(_previous: EnrolState, formData: FormData): Promise<EnrolState> {
  const session = await auth();
  const actor = await currentActor(session);
  if (!actor) redirect("/inloggen");
  const outcome = await confirmEnrolment(session, text(formData, "code"));
  if (outcome.ok) {
    return { ok: true, recoveryCodes: outcome.recoveryCodes, next: destinationAfterLogin(actor.role, text(formData, "volgende") || undefined) };
  }
  if (outcome.reason === "ended") redirect("/inloggen?tweestaps=verlopen");
  if (outcome.reason === "already") redirect(destinationAfterLogin(actor.role, undefined));
  return { ok: false, fieldErrors: { code: [outcome.reason === "invalid" ? "Vul de zescijferige code uit je authenticator-app in." : messages[outcome.reason]] } };
}
