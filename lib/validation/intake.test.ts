import { describe, expect, it } from "vitest";
import { intakeFields } from "@/tests/booking-payload";
import { fieldErrorsFrom } from "./form-state";
import { INTAKE_FORM_VERSION, intakeInput, intakeSchema } from "./intake";

const today = "2026-11-22";

// The shared calm intake, with the optional answers filled in too (checkbox groups, the cramp questions).
const validIntake: Record<string, string | string[]> = {
  formVersion: String(INTAKE_FORM_VERSION),
  ...intakeFields({
    email: "Noor.de.Boer@Voorbeeld.test",
    onset: "acute",
    painWorst: "7",
    weightBearing: "painful",
    painfulActivities: ["walking", "stairs"],
    crampFrequency: "weekly",
    crampTiming: ["during", "night"],
    crampDuration: "minutes",
    crampTrend: "increasing",
    crampAtMinimalEffort: "no",
    oneLegMuchMore: "yes",
    sport: "Hockey",
    weeklyTrainingHours: "4,5",
    previousInjuries: "once",
    goals: "In maart weer een hele wedstrijd spelen.",
  }),
};

function formData(values: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) for (const v of Array.isArray(value) ? value : [value]) data.append(key, v);
  return data;
}

const parse = (values: Record<string, string | string[]>) => intakeSchema(today).safeParse(intakeInput(formData(values)));
const errors = (values: Record<string, string | string[]>) => {
  const result = parse(values);
  return result.success ? {} : fieldErrorsFrom(result.error);
};

describe("the intake schema", () => {
  it("accepts a complete intake and normalises it", () => {
    const result = parse(validIntake);
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({
      email: "noor.de.boer@voorbeeld.test",
      painNow: 3,
      painWorst: 7,
      oneLegMuchMore: true,
      strengthLoss: false,
      weeklyTrainingHours: 4.5,
      painfulActivities: ["walking", "stairs"],
      crampTrend: "increasing",
    });
  });

  it("names every missing answer in Dutch, next to its field", () => {
    const e = errors({ formVersion: "1" });
    for (const field of ["fullName", "email", "phone", "dateOfBirth", "complaintLocation", "onset", "since", "painNow", "painWorst", "stiffness", "pop", "crampFrequency", "goals", "consent"]) {
      expect(e[field]?.[0], field).toMatch(/[a-z]/);
    }
    expect(e.consent?.[0]).toContain("toestemming");
    expect(e.painNow?.[0]).toBe("Geef de pijn nu een cijfer van 0 tot 10.");
  });

  it("refuses impossible values", () => {
    expect(errors({ ...validIntake, painNow: "11" }).painNow).toBeDefined();
    expect(errors({ ...validIntake, painWorst: "2" }).painWorst).toEqual(["De ergste pijn is minstens zo hoog als de pijn nu."]);
    expect(errors({ ...validIntake, dateOfBirth: "2027-01-01" }).dateOfBirth).toBeDefined();
    expect(errors({ ...validIntake, dateOfBirth: "1990-02-30" }).dateOfBirth).toBeDefined();
    expect(errors({ ...validIntake, email: "geen-adres" }).email).toBeDefined();
    expect(errors({ ...validIntake, weeklyTrainingHours: "veel" }).weeklyTrainingHours).toBeDefined();
    expect(errors({ ...validIntake, onset: "sometimes" }).onset).toEqual(["Kies een antwoord."]);
  });

  it("asks where the complaint is when it is not a hamstring", () => {
    expect(errors({ ...validIntake, complaintLocation: "elsewhere" }).complaintElsewhere).toEqual(["Beschrijf waar je last hebt."]);
    expect(parse({ ...validIntake, complaintLocation: "elsewhere", complaintElsewhere: "Lies rechts" }).success).toBe(true);
  });

  it("asks the cramp questions only of someone who has cramp", () => {
    const { crampDuration: _d, crampTrend: _t, crampAtMinimalEffort: _m, ...withoutCramp } = validIntake;
    expect(parse({ ...withoutCramp, crampFrequency: "never" }).success).toBe(true);
    expect(Object.keys(errors({ ...withoutCramp, crampFrequency: "daily", crampTrend: "" })).sort()).toEqual(["crampAtMinimalEffort", "crampDuration", "crampTrend"]);
  });

  it("recognises a form of an older version", () => {
    expect(errors({ ...validIntake, formVersion: "0" }).formVersion?.[0]).toContain("vernieuwd");
  });
});

describe("errors all at once", () => {
  it("names the missing place of the complaint even when other answers are missing too", () => {
    expect(errors({ formVersion: "1", complaintLocation: "elsewhere" }).complaintElsewhere).toEqual(["Beschrijf waar je last hebt."]);
  });
});
