import { TOKEN_LIFETIME } from "@/lib/auth/policy";
import type { OutgoingEmail } from "./outbox";
import { renderEmail } from "./layout";

/**
 * The e-mails of the password flows: a link to choose a new password, a fresh activation link (asked for
 * through "wachtwoord vergeten" by an account that was never activated), and the notice that a password
 * changed (ASVS: tell the user, so a change they did not make does not go unnoticed).
 */
export const PASSWORD_EMAIL_KINDS = { reset: "password_reset", activation: "activation_link", changed: "password_changed" } as const;

function greeting(name: string | null): string {
  const first = name?.trim().split(/\s+/)[0];
  return first ? `Beste ${first},` : "Hallo,";
}

export function passwordResetEmail(input: { to: string; name: string | null; appUrl: string; token: string }): OutgoingEmail {
  const href = `${input.appUrl}/wachtwoord/herstellen/${input.token}`;
  const { text, html } = renderEmail({
    greeting: greeting(input.name),
    paragraphs: [
      "Je hebt gevraagd om een nieuw wachtwoord voor je account bij de praktijk. Via de link hieronder kies je er een.",
      `De link werkt ${TOKEN_LIFETIME.passwordResetHours} uur en maar één keer.`,
    ],
    action: { label: "Nieuw wachtwoord kiezen", href },
    afterAction: ["Heb je dit niet zelf gevraagd? Dan hoef je niets te doen: je wachtwoord blijft zoals het is."],
  });
  return { kind: PASSWORD_EMAIL_KINDS.reset, to: input.to, subject: "Kies een nieuw wachtwoord", text, html };
}

export function activationLinkEmail(input: { to: string; name: string | null; appUrl: string; token: string }): OutgoingEmail {
  const href = `${input.appUrl}/wachtwoord/activeren/${input.token}`;
  const { text, html } = renderEmail({
    greeting: greeting(input.name),
    paragraphs: [
      "Je account voor het patiëntenportaal is nog niet geactiveerd. Via de link hieronder kies je een wachtwoord; daarna zie je je oefenplan, je afspraken en je gegevens.",
      `De link werkt ${TOKEN_LIFETIME.activationDays} dagen en maar één keer.`,
    ],
    action: { label: "Portaal activeren", href },
    afterAction: ["Heb je dit niet zelf gevraagd? Dan hoef je niets te doen."],
  });
  return { kind: PASSWORD_EMAIL_KINDS.activation, to: input.to, subject: "Activeer je patiëntenportaal", text, html };
}

export function passwordChangedEmail(input: { to: string; name: string | null; appUrl: string }): OutgoingEmail {
  const { text, html } = renderEmail({
    greeting: greeting(input.name),
    paragraphs: [
      "Het wachtwoord van je account bij de praktijk is zojuist gewijzigd. Op je andere apparaten ben je uitgelogd.",
      "Was jij dit niet? Vraag dan meteen een nieuw wachtwoord aan en neem contact met ons op.",
    ],
    action: { label: "Nieuw wachtwoord aanvragen", href: `${input.appUrl}/wachtwoord/vergeten` },
  });
  return { kind: PASSWORD_EMAIL_KINDS.changed, to: input.to, subject: "Je wachtwoord is gewijzigd", text, html };
}
