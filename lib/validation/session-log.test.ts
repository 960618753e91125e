import { describe, expect, it } from "vitest";
import { sessionLogFromForm, sessionLogSchema } from "./session-log";

const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return sessionLogSchema.safeParse(sessionLogFromForm(data));
};

describe("the checklist form", () => {
  it("reads one answer per exercise, pain once and a note", () => {
    const parsed = form([["logDate", "2026-12-03"], ["oefening:a", "gedaan"], ["zwaarte:a", "te-zwaar"], ["oefening:b", "overgeslagen"], ["oefening:c", "aangepast"], ["painDuring", "3"], ["note", " zwaar "]]);
    expect(parsed.success && parsed.data).toEqual({
      logDate: "2026-12-03",
      painDuring: 3,
      note: "zwaar",
      morningPain: null,
      morningFor: null,
      submissionKey: null,
      exercises: [
        { planExerciseId: "a", status: "done", effort: "too_heavy" },
        { planExerciseId: "b", status: "skipped", effort: null },
        { planExerciseId: "c", status: "modified", effort: null },
      ],
    });
  });

  it("reads the offline queue's submission key, and refuses one that is not a key", () => {
    const key = "0b4f7c4e-9a51-4d8e-8f3c-2f1d6a7b9c10";
    const parsed = form([["logDate", "2026-12-03"], ["oefening:a", "gedaan"], ["submissionKey", key]]);
    expect(parsed.success && parsed.data.submissionKey).toBe(key);
    expect(form([["logDate", "2026-12-03"], ["oefening:a", "gedaan"], ["submissionKey", "nog eens"]]).success).toBe(false);
  });

  it("refuses a save with nothing answered, with a message to the patient", () => {
    const parsed = form([["logDate", "2026-12-03"], ["painDuring", "3"]]);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toContain("minstens één oefening");
  });

  it("accepts the morning answer alone", () => {
    const parsed = form([["logDate", "2026-12-03"], ["morningPain", "1"], ["morningFor", "2026-12-02"]]);
    expect(parsed.success && parsed.data.morningPain).toBe(1);
  });

  it("refuses bad scores and statuses", () => {
    expect(form([["logDate", "2026-12-03"], ["oefening:a", "misschien"]]).success).toBe(false);
    expect(form([["logDate", "2026-12-03"], ["oefening:a", "gedaan"], ["painDuring", "11"]]).success).toBe(false);
  });
});
