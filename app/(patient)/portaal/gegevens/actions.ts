"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { signIn, signOut } from "@/auth";
import { LOGIN_THROTTLE } from "@/lib/auth/policy";
import { changeOwnPassword, endAllSessions } from "@/lib/data/account";
import { deliverSoon } from "@/lib/mail/outbox";
import { clientIpFrom } from "@/lib/request";
import { validatedAction } from "@/lib/actions/validated-action";
import type { FormState } from "@/lib/validation/form-state";
import { changePasswordSchema } from "@/lib/validation/password";
import { portalSession } from "@/app/area-session";

type Field = "currentPassword" | "password" | "confirmPassword";

export async function changePasswordAction(_previous: FormState<Field>, formData: FormData): Promise<FormState<Field>> {
  return validatedAction<typeof changePasswordSchema, Field>(formData, {
    name: "account.change_password",
    session: () => portalSession("/portaal/gegevens"),
    schema: changePasswordSchema,
    input: ["currentPassword", "password", "confirmPassword"],
    invalid: "Controleer de gemarkeerde velden.",
    run: async ({ currentPassword, password }, { session }): Promise<FormState<Field>> => {
      const ip = clientIpFrom(await headers());
      const result = await changeOwnPassword(session, { currentPassword, newPassword: password, ip });
      if (!result.ok) {
        if (result.reason === "weak") return { ok: false, message: "Kies een ander nieuw wachtwoord.", fieldErrors: { password: result.problems } };
        if (result.reason === "throttled") {
          return { ok: false, message: `Te veel mislukte pogingen. Probeer het over ${LOGIN_THROTTLE.windowMinutes} minuten opnieuw.` };
        }
        return { ok: false, message: "Je wachtwoord is niet gewijzigd.", fieldErrors: { currentPassword: ["Dit is niet je huidige wachtwoord."] } };
      }
      after(deliverSoon);
      // Every session ended with the change, this one too: sign this device in again with the new password.
      let signedIn = true;
      try {
        await signIn("credentials", { email: result.email, password, redirect: false });
      } catch (error) {
        if (!(error instanceof AuthError)) throw error;
        signedIn = false;
      }
      redirect(signedIn ? "/portaal/gegevens?wachtwoord=gewijzigd" : "/inloggen?wachtwoord=gewijzigd");
    },
  });
}

export async function logoutEverywhereAction(): Promise<void> {
  const session = await portalSession("/portaal/gegevens");
  await endAllSessions(session);
  await signOut({ redirectTo: "/inloggen?uitgelogd=overal" });
}
