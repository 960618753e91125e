import type { ChangeRefusal } from "./change-policy";

/** Plain Dutch for why an appointment cannot be changed (any more), shared by the manage link and the portal. */
export function refusalMessage(reason: ChangeRefusal, cutoffHours: number, phone: string): string {
  switch (reason) {
    case "cancelled":
      return "Deze afspraak is geannuleerd.";
    case "past":
      return "Deze afspraak is al voorbij.";
    case "too_late":
      return `Verzetten of annuleren kan online tot ${cutoffHours} uur van tevoren. Bel ons op ${phone}, dan kijken we samen wat kan.`;
    case "closed":
      return `Deze afspraak kun je niet meer online wijzigen. Bel ons op ${phone}.`;
  }
}

export const TAKEN_MESSAGE = "Dit tijdstip is net geboekt — kies een ander moment.";
export const NOT_FOUND_MESSAGE = "We kunnen deze afspraak niet (meer) vinden. Is hij net verzet? Gebruik dan de link in je nieuwste e-mail.";
