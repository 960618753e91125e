import type { ChangeRefusal } from "./change-policy";

/** Plain Dutch for why an appointment cannot be changed (any more), shared by the manage link and the portal. */
export function refusalMessage(reason: ChangeRefusal, cutoffHours: number, phone: string): string {
  switch (reason) {
    case "cancelled":
      return "Deze afspraak is geannuleerd.";
    case "past":
      return "Deze afspraak is al voorbij.";
    case "too_late":
      return `Je afspraak begint binnen ${cutoffHours} uur: bel ons om te annuleren of te verzetten, op ${phone}. Zo kort van tevoren vinden we online meestal niemand meer voor deze tijd; aan de telefoon kijken we samen wat kan.`;
    case "closed":
      return `Deze afspraak kun je niet meer online wijzigen. Bel ons op ${phone}.`;
  }
}

export const TAKEN_MESSAGE = "Dit tijdstip is net geboekt — kies een ander moment.";
export const NOT_FOUND_MESSAGE = "We kunnen deze afspraak niet (meer) vinden. Is hij net verzet? Gebruik dan de link in je nieuwste e-mail.";
