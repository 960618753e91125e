import { demoAccounts } from "@/db/seed-data/demo";

/** The demo logins, printed at start-up of a seeded installation and by `npm run db:seed`. */
export function demoLoginLines(): string[] {
  const rows = [
    ["Patiënt", demoAccounts.patient],
    ["Therapeut", demoAccounts.therapist],
    ["Therapeut", demoAccounts.secondTherapist],
    ["Beheerder", demoAccounts.admin],
  ] as const;
  return rows.map(([label, account]) => `  ${label.padEnd(10)} ${account.email.padEnd(20)} ${account.password}`);
}

export function printDemoLogins(): void {
  console.log(["", "Demo-logins (alleen voor lokaal gebruik):", ...demoLoginLines(), ""].join("\n"));
}
