import { describe, expect, it } from "vitest";
import { fieldErrorsFrom } from "./form-state";
import { intakeInput, intakeSchema } from "./intake";
import { intakeErrorSummary } from "./intake-errors";

describe("the intake's error summary (issue 12, point 15)", () => {
  const empty = new FormData();
  for (const name of ["fullName", "email", "phone", "dateOfBirth", "painNow", "painWorst", "goals"]) empty.set(name, "");
  empty.set("formVersion", "1");
  const result = intakeSchema("2026-03-20").safeParse(intakeInput(empty));
  const errors = fieldErrorsFrom(result.error!);

  it("gives one message per empty field", () => {
    for (const [field, messages] of Object.entries(errors)) expect(messages, field).toHaveLength(1);
    expect(errors.phone).toEqual(["Vul je telefoonnummer in."]);
    expect(errors.dateOfBirth).toEqual(["Vul je geboortedatum in."]);
  });

  it("names each question, follows the form's order and points at each field", () => {
    const lines = intakeErrorSummary(errors);
    expect(lines.map((l) => l.field)).toEqual([
      "complaintLocation", "onset", "since", "painNow", "painWorst", "stiffness", "strengthLoss", "swellingOrBruising", "pop", "visibleDent",
      "weightBearing", "walkingHard", "crampFrequency", "oneLegMuchMore", "restWeek", "previousInjuries", "goals", "fullName", "email", "phone",
      "dateOfBirth", "consent",
    ]);
    expect(lines[0]).toEqual({ field: "complaintLocation", question: "Waar heb je last?", message: "Kies een antwoord.", target: "complaintLocation-left" });
    expect(lines.find((l) => l.field === "since")).toMatchObject({ question: "Sinds wanneer heb je last?", target: "since" });
    expect(new Set(lines.map((l) => l.question)).size).toBe(lines.length);
  });
});

describe("cross-field checks still run next to empty fields", () => {
  it("asks where the complaint is when 'elsewhere' is chosen, whatever else is missing", () => {
    const form = new FormData();
    for (const name of ["fullName", "email", "phone", "dateOfBirth", "complaintElsewhere"]) form.set(name, "");
    form.set("complaintLocation", "elsewhere");
    form.set("formVersion", "1");
    const errors = fieldErrorsFrom(intakeSchema("2026-03-20").safeParse(intakeInput(form)).error!);
    expect(errors.complaintElsewhere).toEqual(["Beschrijf waar je last hebt."]);
    expect(errors.phone).toEqual(["Vul je telefoonnummer in."]);
  });
});
