/** The practice's own details, shown in the header, footer, e-mails and structured data. */
export const practice = {
  name: "Fysiopraktijk Keten",
  tagline: "Holistische fysiotherapie vanuit de bewegingsketen",
  street: "Oudegracht 120",
  postalCode: "3511 AX",
  city: "Utrecht",
  phone: "030 123 45 67",
  phoneHref: "tel:+31301234567",
  email: "info@keten.test",
  timeZone: "Europe/Amsterdam",
} as const;
