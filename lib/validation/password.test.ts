import { describe, expect, it } from "vitest";
import { changePasswordSchema, forgotPasswordSchema, setPasswordSchema } from "./password";

describe("password form input", () => {
  it("names a missing or mistyped e-mail address in Dutch", () => {
    expect(forgotPasswordSchema.safeParse({ email: "" }).error?.issues[0]?.message).toBe("Vul je e-mailadres in.");
    expect(forgotPasswordSchema.safeParse({ email: "lotte" }).error?.issues[0]?.message).toBe("Vul een geldig e-mailadres in.");
    expect(forgotPasswordSchema.parse({ email: " lotte@voorbeeld.nl " }).email).toBe("lotte@voorbeeld.nl");
  });

  it("puts a mismatch under the confirmation field and never trims a password", () => {
    const mismatch = setPasswordSchema.safeParse({ token: "t", password: "een lange zin ", confirmPassword: "een lange zin" });
    expect(mismatch.error?.issues).toMatchObject([{ path: ["confirmPassword"], message: expect.stringContaining("niet hetzelfde") }]);
    expect(setPasswordSchema.parse({ token: "t", password: " spaties tellen mee ", confirmPassword: " spaties tellen mee " }).password).toBe(" spaties tellen mee ");
  });

  it("asks for the current password when changing it", () => {
    const result = changePasswordSchema.safeParse({ currentPassword: "", password: "nieuw wachtwoord", confirmPassword: "nieuw wachtwoord" });
    expect(result.error?.issues.map((i) => i.message)).toEqual(["Vul je huidige wachtwoord in."]);
  });
});
