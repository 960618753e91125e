// `npm run demo:codes`: prints the current two-factor codes of the demo staff accounts (their secrets are
// public demo data, see db/seed-data/demo.ts). For trying the workspace without an authenticator app.
import { generate } from "otplib";
import { demoAccounts } from "@/db/seed-data/demo";

const now = Date.now();
const remaining = 30 - (Math.floor(now / 1000) % 30);
console.log(`Tweestapscodes van de demo-medewerkers (nog ${remaining} s geldig; elke code werkt één keer):`);
for (const account of [demoAccounts.therapist, demoAccounts.secondTherapist, demoAccounts.admin]) {
  console.log(`  ${account.email.padEnd(20)} ${await generate({ secret: account.totpSecret, epoch: Math.floor(now / 1000) })}`);
}
