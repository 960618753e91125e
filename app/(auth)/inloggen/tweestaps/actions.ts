"use server";

import { redirect } from "next/navigation";
import { auth } from "@/auth";
import { currentActor } from "@/lib/auth/actor";
import { SECOND_FACTOR_LIMITS } from "@/lib/auth/policy";
import { confirmEnrolment, verifySecondFactor } from "@/lib/auth/second-factor";
import { destinationAfterLogin } from "@/lib/validation/auth";
import { z } from "zod";
import { validatedAction } from "@/lib/actions/validated-action";
import type { FormState } from "@/lib/validation/form-state";

type CodeField = "code";
export type EnrolState = FormState<CodeField> & { recoveryCodes?: string[]; next?: string };

const messages = {
  invalid: "Vul de zescijferige code uit je authenticator-app in, of een herstelcode.",
  wrong: "Deze code klopt niet of is al gebruikt. Wacht op de volgende code in je app en probeer het opnieuw.",
  unavailable:
    "Inloggen in twee stappen werkt op dit moment niet voor je account door een instelling op de server. Je code is niet als fout geteld. Neem contact op met de beheerder van de praktijk; met een herstelcode kun je wel verder.",
  locked: `Te veel onjuiste codes. Om je account te beschermen kun je het over ${SECOND_FACTOR_LIMITS.perAccount.windowMinutes} minuten opnieuw proberen.`,
} as const;

/**
 * The code and where to go next. These pages serve a session that is still waiting for its second factor,
 * which the area helpers would send here; so the session is looked up in the action itself.
 */
const codeSchema = z.object({
  code: z.string().default("").transform((value) => value.slice(0, 100)),
  volgende: z.string().default("").transform((value) => value.slice(0, 100) || undefined),
});

export async function verifyCodeAction(_previous: FormState<CodeField>, formData: FormData): Promise<FormState<CodeField>> {
  return validatedAction<typeof codeSchema, CodeField>(formData, {
    name: "second_factor.verify",
    session: null,
    schema: codeSchema,
    input: ["code", "volgende"],
    values: () => ({}),
    run: async ({ code, volgende }) => {
      const session = await auth();
      const actor = await currentActor(session);
      if (!actor) redirect("/inloggen?volgende=%2Fpraktijk");
      const outcome = await verifySecondFactor(session, code);
      if (outcome.ok) redirect(destinationAfterLogin(actor.role, volgende));
      if (outcome.reason === "ended") redirect("/inloggen?tweestaps=verlopen");
      return { ok: false, fieldErrors: { code: [messages[outcome.reason]] } };
    },
  });
}

export async function confirmEnrolmentAction(_previous: EnrolState, formData: FormData): Promise<EnrolState> {
  return validatedAction<typeof codeSchema, CodeField, EnrolState>(formData, {
    name: "second_factor.enrol",
    session: null,
    schema: codeSchema,
    input: ["code", "volgende"],
    values: () => ({}),
    run: async ({ code, volgende }): Promise<EnrolState> => {
      const session = await auth();
      const actor = await currentActor(session);
      if (!actor) redirect("/inloggen");
      const outcome = await confirmEnrolment(session, code);
      if (outcome.ok) return { ok: true, recoveryCodes: outcome.recoveryCodes, next: destinationAfterLogin(actor.role, volgende) };
      if (outcome.reason === "ended") redirect("/inloggen?tweestaps=verlopen");
      if (outcome.reason === "already") redirect(destinationAfterLogin(actor.role, undefined));
      return { ok: false, fieldErrors: { code: [outcome.reason === "invalid" ? "Vul de zescijferige code uit je authenticator-app in." : messages[outcome.reason]] } };
    },
  });
}
