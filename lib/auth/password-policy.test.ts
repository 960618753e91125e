import { describe, expect, it } from "vitest";
import { commonPasswordCount, MIN_STRENGTH_SCORE, PASSWORD_MESSAGES, PASSWORD_RULES, passwordLength, passwordProblems, passwordStrength } from "./password-policy";

describe("the password policy (ASVS 5.0 V6.2)", () => {
  it("ships a real list of common passwords", () => {
    expect(commonPasswordCount()).toBeGreaterThan(10_000);
  });

  it("asks for at least 8 characters and suggests 15 or more", () => {
    expect(passwordProblems("")).toEqual([PASSWORD_MESSAGES.empty]);
    expect(passwordProblems("kort-7x")).toEqual([PASSWORD_MESSAGES.tooShort]);
    expect(PASSWORD_MESSAGES.tooShort).toContain("15");
    expect(passwordProblems("kniebuig")[0]).toMatch(/^Dit wachtwoord is met een woordenlijst/); // 8, but guessable
  });

  it("accepts up to 128 characters (at least 64 per ASVS) and no more", () => {
    expect(passwordProblems("a lange zin ".repeat(10).slice(0, 64))).toEqual([]);
    const sentence = "mijn knie kraakt bij elke traptrede maar ik fiets toch elke ochtend naar de bakker op de hoek ";
    const long = (sentence + sentence.split(" ").reverse().join("-")).slice(0, PASSWORD_RULES.maxLength);
    expect(long).toHaveLength(PASSWORD_RULES.maxLength);
    expect(passwordProblems(long)).toEqual([]);
    expect(passwordProblems(`${long}z`)).toEqual([PASSWORD_MESSAGES.tooLong]);
  });

  it("has no composition rules: lower-case words and spaces are fine", () => {
    expect(passwordProblems("mijn knie kraakt op de trap")).toEqual([]);
    expect(passwordProblems("alleenkleineletters")).toEqual([]);
  });

  it("allows any Unicode character and counts what a person sees", () => {
    expect(passwordLength("🦵🦵🦵🦵🦵🦵🦵🦵")).toBe(8);
    expect(passwordProblems("🦵🏃🧘🚴 knie 🤸🏊")).toEqual([]);
    expect(passwordProblems("crème brûlée")).toEqual([]);
    // Composed and decomposed accents are the same length after NFKC normalisation.
    expect(passwordLength("e\u0301e\u0301e\u0301e\u0301")).toBe(4);
  });

  it("refuses the most common passwords, whatever their case", () => {
    for (const common of ["password", "12345678", "qwertyuiop", "Iloveyou", "PASSWORD1", "welkom01"]) {
      expect(passwordProblems(common), common).toEqual([PASSWORD_MESSAGES.common]);
    }
  });

  it("refuses the user's own e-mail address, or its name part", () => {
    const email = "lotte.visser@voorbeeld.nl";
    expect(passwordProblems("lotte.visser@voorbeeld.nl", { email })).toEqual([PASSWORD_MESSAGES.email]);
    expect(passwordProblems("Lotte.Visser@Voorbeeld.nl!", { email })).toEqual([PASSWORD_MESSAGES.email]);
    expect(passwordProblems("lotte.visser", { email })).toEqual([PASSWORD_MESSAGES.email]);
    expect(passwordProblems("lotte.visser", { email: "iemand@anders.nl" })).toEqual([]);
  });

  it("refuses guessable passwords (zxcvbn with Dutch dictionaries, score 3 or more) with a reason and a tip", () => {
    // Issue 12, point 9: accepted for a patient account before.
    for (const guessable of ["welkom123", "Welkom2024", "fietsenstalling", "voetbal2023", "sinterklaas"]) {
      const [problem] = passwordProblems(guessable);
      expect(problem, guessable).toMatch(/^Dit wachtwoord is met een woordenlijst en wat proberen snel te raden\. .+/);
    }
    expect(passwordStrength("welkom123").score).toBeLessThan(MIN_STRENGTH_SCORE);
    // The demo passwords and a sentence pass.
    for (const strong of ["oefenen-elke-dag", "ketenanalyse-demo", "mijn knie kraakt op de trap"]) expect(passwordProblems(strong), strong).toEqual([]);
    // Words from the user's own address count as known.
    expect(passwordProblems("pietjanssen1", { email: "pietjanssen@voorbeeld.nl" })).not.toEqual([]);
  });

  it("refuses the practice's own names and a single repeated character", () => {
    expect(passwordProblems("Fysiopraktijk2026!")).toEqual([PASSWORD_MESSAGES.context]);
    expect(passwordProblems("keten123456")).toEqual([PASSWORD_MESSAGES.context]);
    expect(passwordProblems("zzzzzzzzzz")).toEqual([PASSWORD_MESSAGES.repeated]);
  });
});
