import { describe, expect, it } from "vitest";
import { amendmentSchema, assessmentContentSchema, contentToValues } from "./assessment";

describe("the assessment form", () => {
  it("reads measures with a Dutch decimal comma and leaves empty ones out", () => {
    const parsed = assessmentContentSchema.parse({ feet_ankles_dorsiflexionLeft: "11,5", hamstring_strengthLeft: "174", hamstring_strengthRight: "", hamstring_rating: "limited", weakLinks: ["core", "hips"] });
    expect(parsed.links.feet_ankles.measures).toEqual({ dorsiflexionLeft: 11.5 });
    expect(parsed.links.hamstring).toEqual({ rating: "limited", findings: "", measures: { strengthLeft: 174 } });
    expect(parsed.weakLinks).toEqual(["hips", "core"]);
    expect(parsed.gradeEstimate).toBeNull();
    expect(contentToValues(parsed).feet_ankles_dorsiflexionLeft).toBe("11,5");
  });

  it("refuses negative, absurd and malformed numbers next to their own field", () => {
    const result = assessmentContentSchema.safeParse({ hamstring_strengthLeft: "-5", hamstring_strengthRight: "100001", hips_internalRotationLeft: "12.5", gradeEstimate: "4" });
    expect(result.success).toBe(false);
    const fields = Object.fromEntries(result.error!.issues.map((issue) => [String(issue.path[0]), issue.message]));
    expect(fields.hamstring_strengthLeft).toMatch(/^Een negatieve waarde kan niet/);
    expect(fields.hamstring_strengthRight).toMatch(/0 tot en met 1500 N/);
    expect(fields.hips_internalRotationLeft).toMatch(/zonder decimalen/);
    expect(fields.gradeEstimate).toMatch(/graad 1, 2 of 3/);
  });

  it("needs a reason to amend", () => {
    expect(amendmentSchema.safeParse({ expectedRevision: "1", amendmentReason: "  " }).success).toBe(false);
    expect(amendmentSchema.parse({ expectedRevision: "2", amendmentReason: " Opnieuw gemeten. " })).toEqual({ expectedRevision: 2, amendmentReason: "Opnieuw gemeten." });
  });
});
