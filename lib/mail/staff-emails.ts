import { TOKEN_LIFETIME } from "@/lib/auth/policy";
import { practice } from "@/lib/practice";
import type { OutgoingEmail } from "./outbox";
import { renderEmail } from "./layout";
import { PASSWORD_EMAIL_KINDS } from "./password-emails";

/**
 * The invitation a new staff member gets when an admin creates their account: the same one-time activation
 * link as a patient's (same token, same page, same lifetime), with words for the workspace. Its kind is the
 * activation kind, so "wachtwoord vergeten" counts it towards the per-address limit like any other link.
 */
export function staffInvitationEmail(input: { to: string; name: string | null; role: "therapist" | "admin"; appUrl: string; token: string }): OutgoingEmail {
  const href = `${input.appUrl}/wachtwoord/activeren/${input.token}`;
  const first = input.name?.trim().split(/\s+/)[0];
  const what = input.role === "admin" ? "als beheerder" : "als fysiotherapeut";
  const { text, html } = renderEmail({
    greeting: first ? `Beste ${first},` : "Hallo,",
    paragraphs: [
      `Er is ${what} een account voor je aangemaakt in de praktijkomgeving van ${practice.name}. Via de link hieronder kies je een wachtwoord; daarna log je in op de praktijkpagina's.`,
      `De link werkt ${TOKEN_LIFETIME.activationDays} dagen en maar één keer. Is hij verlopen, vraag dan via "Wachtwoord vergeten" op de inlogpagina een nieuwe aan.`,
    ],
    action: { label: "Account activeren", href },
    afterAction: ["Verwachtte je deze e-mail niet? Laat het de praktijk weten; zonder wachtwoord kan niemand met dit account inloggen."],
  });
  return { kind: PASSWORD_EMAIL_KINDS.activation, to: input.to, subject: `Je account bij ${practice.name}`, text, html };
}
