import { describe, expect, it } from "vitest";
import { destinationAfterLogin, loginSchema } from "./auth";

describe("login input", () => {
  it("trims the e-mail and names missing fields in Dutch", () => {
    expect(loginSchema.parse({ email: "  lotte@voorbeeld.nl ", password: "x" }).email).toBe("lotte@voorbeeld.nl");
    const result = loginSchema.safeParse({ email: "", password: "" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual(["Vul je e-mailadres in.", "Vul je wachtwoord in."]);
    expect(loginSchema.safeParse({ email: "geen-adres", password: "x" }).error?.issues[0]?.message).toBe("Vul een geldig e-mailadres in.");
  });
});

describe("where login leads", () => {
  it("goes to the role's home by default", () => {
    expect(destinationAfterLogin("patient", null)).toBe("/portaal");
    expect(destinationAfterLogin("therapist", undefined)).toBe("/praktijk");
    expect(destinationAfterLogin("admin", "")).toBe("/praktijk");
  });
  it("returns to the requested page inside the role's area", () => {
    expect(destinationAfterLogin("patient", "/portaal/plan?week=2")).toBe("/portaal/plan?week=2");
    expect(destinationAfterLogin("therapist", "/praktijk/agenda")).toBe("/praktijk/agenda");
  });
  it("never leaves the role's area or the site", () => {
    expect(destinationAfterLogin("patient", "/praktijk/agenda")).toBe("/portaal");
    expect(destinationAfterLogin("patient", "/portaalx")).toBe("/portaal");
    expect(destinationAfterLogin("patient", "//evil.example/portaal")).toBe("/portaal");
    expect(destinationAfterLogin("patient", "https://evil.example/portaal")).toBe("/portaal");
    expect(destinationAfterLogin("patient", "/\\evil.example")).toBe("/portaal");
  });
});
