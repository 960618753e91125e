import { practicePhone } from "./practice-phone";

/** The practice's own details, shown in the header, footer, e-mails and structured data. */
export const practice = {
  name: "Fysiopraktijk Keten",
  tagline: "Holistische fysiotherapie vanuit de bewegingsketen",
  street: "Oudegracht 120",
  postalCode: "3511 AX",
  city: "Utrecht",
  ...practicePhone,
  email: "info@keten.test",
  timeZone: "Europe/Amsterdam",
  /** How to get there, shown on /praktisch. */
  directions: {
    mapHref: "https://www.openstreetmap.org/search?query=Oudegracht%20120%2C%203511%20AX%20Utrecht",
    route:
      "Je vindt ons aan de Oudegracht, een paar panden van de Stadhuisbrug. Bel aan bij Keten: de behandelkamers liggen op de begane grond, zonder trap.",
    bike: "Kom je op de fiets, zet hem dan gratis in de bewaakte stalling onder het Neude, op drie minuten lopen.",
    publicTransport:
      "Vanaf Utrecht Centraal loop je in ongeveer twaalf minuten via Hoog Catharijne en de Lange Viestraat naar de gracht. Met de bus stap je uit bij halte Bakkerbrug of Neude.",
    parking:
      "Voor de deur parkeren kan niet: de binnenstad is voor auto's grotendeels afgesloten. De dichtstbijzijnde garage is La Vie (Lange Viestraat), zo'n vijf minuten lopen. Kom je met een gehandicaptenparkeerkaart, bel ons dan even vooraf, dan zoeken we samen de handigste plek.",
  },
} as const;
