import { describe, expect, it } from "vitest";
import { actionLabel, recordTypeLabel, roleLabel } from "./labels";

describe("audit labels", () => {
  it("names known actions in Dutch", () => {
    expect(actionLabel("intake.viewed")).toBe("Intake ingezien");
    expect(actionLabel("audit.viewed")).toBe("Inzagelog bekeken");
    expect(actionLabel("read_plan")).toBe("Oefenplan ingezien");
  });

  it("puts unknown record.verb codes together, and shows anything else as it is", () => {
    expect(actionLabel("assessment.amended")).toBe("Beoordeling aangevuld (nieuwe versie)");
    expect(actionLabel("plan.advanced")).toBe("Oefenplan doorgezet naar de volgende fase");
    expect(actionLabel("something_new")).toBe("something_new");
    expect(actionLabel("mystery.verbed")).toBe("mystery.verbed");
  });

  it("names record types and roles", () => {
    expect(recordTypeLabel("appointment")).toBe("afspraak");
    expect(recordTypeLabel(null)).toBeNull();
    expect(roleLabel("therapist")).toBe("fysiotherapeut");
    expect(roleLabel("anonymous")).toBe("niet ingelogd");
  });
});
