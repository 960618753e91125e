import { describe, expect, it } from "vitest";
import { cancelReasonInWords, storedCancelReason } from "./cancellation";

// Issue 12, point 17: the reason is optional; whatever the patient gave reaches the therapist in words.
describe("a patient's cancellation reason", () => {
  it("reads back as the chosen reason, the own words, both or nothing", () => {
    const words = (reason: Parameters<typeof storedCancelReason>[0]) => cancelReasonInWords(storedCancelReason(reason));
    expect(words({ reason: "ziek", note: "" })).toBe("Ik ben ziek of heb koorts");
    expect(words({ reason: null, note: "Ik ben verhuisd." })).toBe("‘Ik ben verhuisd.’");
    expect(words({ reason: "anders", note: "Ik ben verhuisd.\nNaar Zwolle." })).toBe("Een andere reden — ‘Ik ben verhuisd.\nNaar Zwolle.’");
    expect(words({ reason: null, note: "   " })).toBeNull();
  });

  it("shows what staff wrote as they wrote it", () => {
    expect(cancelReasonInWords("Praktijk gesloten wegens storing")).toBe("Praktijk gesloten wegens storing");
    expect(cancelReasonInWords(null)).toBeNull();
  });
});
