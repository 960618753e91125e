/** The practice's catalogue as seeded on a new installation; the practice changes it in the app afterwards. */

export const seedServices = [
  {
    slug: "bewegingsketenanalyse",
    kind: "intake",
    name: "Bewegingsketenanalyse",
    description:
      "Het eerste bezoek. We bekijken je hele bewegingsketen, van voeten tot romp, tijdens functionele bewegingen en sluiten af met een concreet plan.",
    minutes: 60,
    priceCents: 7950,
    sortOrder: 1,
  },
  {
    slug: "vervolgbehandeling",
    kind: "follow_up",
    name: "Vervolgbehandeling",
    description: "We meten je voortgang, passen je oefenplan aan en zetten waar het kan de volgende stap naar een nieuwe fase.",
    minutes: 30,
    priceCents: 4250,
    sortOrder: 2,
  },
] as const;

/** Weekly hours are wall-clock times in Europe/Amsterdam; weekday 1 = Monday (ISO). */
export const seedTherapists = [
  {
    slug: "sanne-de-vries",
    email: "sanne@keten.test",
    displayName: "Sanne de Vries",
    title: "Fysiotherapeut, specialist bewegingsketen",
    bio: "Sanne zoekt bij terugkerende hamstringklachten naar de schakel die het werk laat liggen, vaak in de voeten of heupen. Ze werkt met de wedges-techniek om de voet weer soepel te laten afwikkelen.",
    sortOrder: 1,
    hours: [
      { weekday: 1, start: "08:30", end: "17:00" },
      { weekday: 2, start: "08:30", end: "17:00" },
      { weekday: 4, start: "12:00", end: "20:00" },
      { weekday: 5, start: "08:30", end: "13:00" },
    ],
  },
  {
    slug: "joris-bakker",
    email: "joris@keten.test",
    displayName: "Joris Bakker",
    title: "Sportfysiotherapeut",
    bio: "Joris begeleidt sporters van de eerste pijnvrije stap tot de laatste sprint. Hij meet kracht links en rechts en bouwt de terugkeer naar sport stap voor stap op.",
    sortOrder: 2,
    hours: [
      { weekday: 1, start: "13:00", end: "21:00" },
      { weekday: 3, start: "08:00", end: "17:00" },
      { weekday: 4, start: "08:00", end: "12:00" },
      { weekday: 6, start: "09:00", end: "13:00" },
    ],
  },
] as const;

export const seedRulesValidFrom = "2026-01-01";
