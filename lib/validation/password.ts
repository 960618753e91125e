import { z } from "zod";

/**
 * The password forms' input, shared by the forms and their actions. The password policy itself (length,
 * common passwords, own e-mail) is applied by the data layer with lib/auth/password-policy.ts, because it
 * needs the account's e-mail address; these schemas check shape and that both entries match.
 */
const emailField = z
  .string("Vul je e-mailadres in.")
  .trim()
  .min(1, "Vul je e-mailadres in.")
  .max(254, "Dit e-mailadres is te lang.")
  .pipe(z.email("Vul een geldig e-mailadres in."));

// Generous: the policy refuses more than 128 characters with a clear message; this only bounds the work.
const newPassword = z.string("Kies een wachtwoord.").min(1, "Kies een wachtwoord.").max(4096, "Dit wachtwoord is te lang.");
const confirmation = z.string("Vul je nieuwe wachtwoord nog een keer in.").min(1, "Vul je nieuwe wachtwoord nog een keer in.");
const MISMATCH = "De twee wachtwoorden zijn niet hetzelfde. Typ ze opnieuw.";

export const forgotPasswordSchema = z.object({ email: emailField });

export const setPasswordSchema = z
  .object({ token: z.string().max(200), password: newPassword, confirmPassword: confirmation })
  .refine((value) => value.password === value.confirmPassword, { path: ["confirmPassword"], message: MISMATCH });

export const changePasswordSchema = z
  .object({
    currentPassword: z.string("Vul je huidige wachtwoord in.").min(1, "Vul je huidige wachtwoord in.").max(1024, "Dit wachtwoord is te lang."),
    password: newPassword,
    confirmPassword: confirmation,
  })
  .refine((value) => value.password === value.confirmPassword, { path: ["confirmPassword"], message: MISMATCH });
