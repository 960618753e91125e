"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { signIn } from "@/auth";
import { LOGIN_THROTTLE } from "@/lib/auth/policy";
import { roleOfAccount } from "@/lib/auth/login";
import { destinationAfterLogin, loginSchema } from "@/lib/validation/auth";
import { validatedAction } from "@/lib/actions/validated-action";
import type { FormState } from "@/lib/validation/form-state";

type LoginField = "email" | "password";

export async function loginAction(_previous: FormState<LoginField>, formData: FormData): Promise<FormState<LoginField>> {
  return validatedAction<typeof loginSchema, LoginField>(formData, {
    name: "login",
    session: null,
    schema: loginSchema,
    input: ["email", "password", "volgende"],
    invalid: "Controleer de gemarkeerde velden.",
    run: async ({ email, password, volgende }) => {
      try {
        await signIn("credentials", { email, password, redirect: false });
      } catch (error) {
        if (error instanceof AuthError) {
          const throttled = (error as AuthError & { code?: string }).code === "throttled";
          return {
            ok: false,
            message: throttled
              ? `Te veel mislukte pogingen. Om je account te beschermen kun je het over ${LOGIN_THROTTLE.windowMinutes} minuten opnieuw proberen. Wachtwoord vergeten? Vraag een nieuw wachtwoord aan.`
              : "Dit e-mailadres en wachtwoord horen niet bij elkaar. Controleer ze en probeer het opnieuw.",
            values: { email },
          };
        }
        throw error;
      }
      const role = await roleOfAccount(email);
      redirect(destinationAfterLogin(role ?? "patient", volgende));
    },
  });
}
