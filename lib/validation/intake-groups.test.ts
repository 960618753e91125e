import { describe, expect, it } from "vitest";
import { groupedIntakeAnswers } from "./intake-groups";

describe("intake answers by topic", () => {
  it("puts each answered question under its topic and leaves empty topics out", () => {
    const groups = groupedIntakeAnswers({ complaintLocation: "left", pop: true, goals: "Weer hardlopen.", crampTiming: [] });
    expect(groups.map((g) => g.title)).toEqual(["De klacht", "Signalen bij het begin en nu", "Doelen"]);
    expect(groups[2]!.pairs).toEqual([{ question: "Wat wil je weer kunnen?", answer: "Weer hardlopen." }]);
  });
});
