import { z } from "zod";

/** Shared by the login form and its action. */
export const loginSchema = z.object({
  email: z.string("Vul je e-mailadres in.").trim().min(1, "Vul je e-mailadres in.").max(254, "Dit e-mailadres is te lang.").pipe(z.email("Vul een geldig e-mailadres in.")),
  password: z.string("Vul je wachtwoord in.").min(1, "Vul je wachtwoord in.").max(1024, "Dit wachtwoord is te lang."),
  volgende: z.string().max(500).optional(),
});

/**
 * Where to go after login: the requested page when it is an internal path in the area of the user's role,
 * otherwise the role's home. Never an absolute URL (no open redirect).
 */
export function destinationAfterLogin(role: "patient" | "therapist" | "admin", requested: string | null | undefined): string {
  const home = role === "patient" ? "/portaal" : "/praktijk";
  if (!requested || !requested.startsWith("/") || requested.startsWith("//") || requested.includes("\\")) return home;
  const path = requested.split(/[?#]/)[0] ?? "";
  return path === home || path.startsWith(`${home}/`) ? requested : home;
}
