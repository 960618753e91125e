import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { demoAccounts } from "./demo";
import { withDemoPasswordHashes } from "./demo-password-hashes";

describe("the demo accounts' stored hashes", () => {
  it("verify the published demo passwords, at the app's argon2id cost", async () => {
    const hash = withDemoPasswordHashes(async () => "niet gebruikt");
    for (const account of Object.values(demoAccounts)) {
      const stored = await hash(account.password);
      expect(stored, account.email).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      expect(await verifyPassword(stored, account.password), account.email).toBe(true);
      expect(await verifyPassword(stored, `${account.password}!`), account.email).toBe(false);
    }
  });

  it("hash any other password afresh", async () => {
    expect(await withDemoPasswordHashes(async (p) => `vers:${p}`)("een ander wachtwoord")).toBe("vers:een ander wachtwoord");
  });
});
