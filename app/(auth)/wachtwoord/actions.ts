"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { signIn } from "@/auth";
import { roleOfAccount } from "@/lib/auth/login";
import type { TokenPurpose } from "@/lib/auth/tokens";
import { requestPasswordLink, setPasswordWithLink } from "@/lib/data/password-links";
import { deliverSoon } from "@/lib/mail/outbox";
import { clientIpFrom } from "@/lib/request";
import { validatedAction, type ActionSpec } from "@/lib/actions/validated-action";
import type { FormState } from "@/lib/validation/form-state";
import { destinationAfterLogin } from "@/lib/validation/auth";
import { forgotPasswordSchema, setPasswordSchema } from "@/lib/validation/password";

/** One answer whether or not the address is known: the page never tells which e-mail addresses exist. */
const LINK_REQUESTED =
  "Als dit e-mailadres bij ons bekend is, ontvang je binnen een paar minuten een e-mail met een link. Zie je niets? Kijk ook in je map met ongewenste e-mail.";

export async function forgotPasswordAction(_previous: FormState<"email">, formData: FormData): Promise<FormState<"email">> {
  return validatedAction<typeof forgotPasswordSchema, "email">(formData, {
    name: "password.forgot",
    session: null,
    schema: forgotPasswordSchema,
    input: ["email"],
    invalid: "Controleer de gemarkeerde velden.",
    run: async ({ email }) => {
      const result = await requestPasswordLink({ email, ip: clientIpFrom(await headers()) });
      if (!result.ok) {
        return { ok: false, message: "Er zijn vanaf jouw verbinding te veel aanvragen gedaan. Probeer het over een kwartier opnieuw.", values: { email } };
      }
      // Delivered after the response, so that the time to answer does not reveal whether an e-mail was sent.
      if (result.sent) after(deliverSoon);
      return { ok: true, message: LINK_REQUESTED, values: { email } };
    },
  });
}

type PasswordField = "password" | "confirmPassword";

/** The activation and reset forms: the same fields and checks, a different link purpose. */
function setPasswordSpec(purpose: TokenPurpose): ActionSpec<typeof setPasswordSchema, PasswordField, false> {
  return {
    name: purpose === "activation" ? "password.activate" : "password.reset",
    session: null,
    schema: setPasswordSchema,
    input: ["token", "password", "confirmPassword"],
    invalid: "Controleer de gemarkeerde velden.",
    run: async ({ token, password }): Promise<FormState<PasswordField>> => {
      const result = await setPasswordWithLink({ token, purpose, password, ip: clientIpFrom(await headers()) });
      if (!result.ok && result.reason === "throttled") {
        return { ok: false, message: "Er is vanaf hier te vaak geprobeerd een wachtwoord in te stellen. Wacht een kwartier en probeer het dan opnieuw." };
      }
      if (!result.ok && result.reason === "weak") return { ok: false, message: "Kies een ander wachtwoord.", fieldErrors: { password: result.problems } };
      if (!result.ok) return { ok: false, message: "Deze link werkt niet meer. Vraag via ‘Wachtwoord vergeten’ een nieuwe link aan." };
      after(deliverSoon);
      // A new account is signed in at once and lands in its own part (staff then set up their second
      // factor there); only if that fails (throttled) does the login page take over.
      if (purpose === "activation" && (await signInAfterActivation(result.email, password))) {
        redirect(`${destinationAfterLogin((await roleOfAccount(result.email)) ?? "patient", null)}?welkom=1`);
      }
      redirect(`/inloggen?wachtwoord=${purpose === "activation" ? "geactiveerd" : "gewijzigd"}`);
    },
  };
}

async function signInAfterActivation(email: string, password: string): Promise<boolean> {
  try {
    await signIn("credentials", { email, password, redirect: false });
    return true;
  } catch (error) {
    if (error instanceof AuthError) return false;
    throw error;
  }
}

export async function activateAccountAction(_previous: FormState<PasswordField>, formData: FormData): Promise<FormState<PasswordField>> {
  return validatedAction<typeof setPasswordSchema, PasswordField>(formData, setPasswordSpec("activation"));
}

export async function resetPasswordAction(_previous: FormState<PasswordField>, formData: FormData): Promise<FormState<PasswordField>> {
  return validatedAction<typeof setPasswordSchema, PasswordField>(formData, setPasswordSpec("password_reset"));
}
