/**
 * Demo accounts for a local installation. Printed at start-up and listed in the README; they exist only
 * where the seed ran (the embedded database, or a server seeded with `npm run db:seed`).
 */
/**
 * Staff log in with a second factor (TOTP). The demo staff have it set up with these well-known secrets, so a
 * newcomer can add them to any authenticator app or print the current codes with `npm run demo:codes`.
 * Demo only: real staff enrol with a secret of their own (/inloggen/tweestaps/instellen).
 */
export const demoAccounts = {
  admin: { email: "admin@keten.test", password: "praktijk-beheer-demo", name: "Eva Jansen", totpSecret: "KETENDEMOEVAJANSENBEHEERDERCODES" },
  therapist: { email: "sanne@keten.test", password: "ketenanalyse-demo", name: "Sanne de Vries", totpSecret: "KETENDEMOSANNEVRIESTWEESTAPSCODE" },
  secondTherapist: { email: "joris@keten.test", password: "sportfysio-demo", name: "Joris Bakker", totpSecret: "KETENDEMOJORISBAKKERTWEESTAPCODE" },
  patient: { email: "patient@keten.test", password: "oefenen-elke-dag", name: "Lotte Visser" },
} as const;

export const demoPatientProfile = { fullName: "Lotte Visser", dateOfBirth: "1994-05-12", phone: "06 12 34 56 78" } as const;
