import { describe, expect, it } from "vitest";
import { triageOutcomes as databaseOutcomes } from "@/db/schema/intake";
import { decodeTriageInput, encodeTriageInput } from "./codec";
import { triageInputSchema } from "./input";
import { triageOutcomeAdvice, triageOutcomeLabels, triageOutcomes } from "./outcomes";
import { redFlagCodes } from "./red-flags";

describe("the triage input", () => {
  it("accepts any subset of answers", () => {
    expect(triageInputSchema.parse({})).toEqual({});
    expect(triageInputSchema.parse({ location: "both", pop: false })).toEqual({ location: "both", pop: false });
  });

  it("refuses unknown fields and values, so nothing unexpected is carried along", () => {
    expect(triageInputSchema.safeParse({ name: "Piet" }).success).toBe(false);
    expect(triageInputSchema.safeParse({ weightBearing: "sometimes" }).success).toBe(false);
    expect(triageInputSchema.safeParse({ pop: "yes" }).success).toBe(false);
  });

  it("round-trips through its text form and rejects anything odd", () => {
    const input = { location: "right", onset: "gradual", crampTrend: "increasing", pop: false } as const;
    expect(decodeTriageInput(encodeTriageInput(input))).toEqual(input);
    expect(decodeTriageInput("")).toBeNull();
    expect(decodeTriageInput(undefined)).toBeNull();
    expect(decodeTriageInput("{not json")).toBeNull();
    expect(decodeTriageInput('{"pop":"ja"}')).toBeNull();
    expect(decodeTriageInput("[]")).toBeNull();
    expect(decodeTriageInput(`{"pop":true,"x":"${"a".repeat(3000)}"}`)).toBeNull();
  });
});

describe("outcomes and flags", () => {
  it("uses exactly the outcomes the database stores", () => {
    expect([...triageOutcomes]).toEqual([...databaseOutcomes]);
  });

  it("has a Dutch label and advice for every outcome", () => {
    for (const outcome of triageOutcomes) {
      expect(triageOutcomeLabels[outcome]).toBeTruthy();
      expect(triageOutcomeAdvice[outcome]).toBeTruthy();
    }
  });

  it("has unique, database-friendly flag codes", () => {
    expect(new Set(redFlagCodes).size).toBe(redFlagCodes.length);
    for (const code of redFlagCodes) expect(code).toMatch(/^[a-z_]+$/);
  });
});
