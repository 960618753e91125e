import { demoAccounts } from "@/db/seed-data/demo";

/** The demo logins, printed at start-up of a seeded installation and by `npm run db:seed`. */
export function demoLoginLines(): string[] {
  const rows = [
    ["Patiënt", demoAccounts.patient],
    ["Therapeut", demoAccounts.therapist],
    ["Therapeut", demoAccounts.secondTherapist],
    ["Beheerder", demoAccounts.admin],
  ] as const;
  return rows.map(([label, account]) => {
    const secret = "totpSecret" in account ? `  tweestaps-sleutel ${account.totpSecret}` : "";
    return `  ${label.padEnd(10)} ${account.email.padEnd(20)} ${account.password.padEnd(22)}${secret}`;
  });
}

export function printDemoLogins(): void {
  console.log(
    [
      "",
      "Demo-logins (alleen voor lokaal gebruik):",
      ...demoLoginLines(),
      "  Medewerkers loggen in met een code uit een authenticator-app (voeg de tweestaps-sleutel toe),",
      "  of laat de huidige codes zien met: npm run demo:codes",
      "",
    ].join("\n"),
  );
}
