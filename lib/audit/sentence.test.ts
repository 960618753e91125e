import { describe, expect, it } from "vitest";
import { groupRepeatedViews } from "./group";
import { auditSentence, shortName } from "./sentence";

describe("audit events as sentences", () => {
  it("names the staff member and the patient by initial and surname", () => {
    expect(auditSentence({ actorName: "Sanne de Vries", actorRole: "therapist", action: "read_plan", patientName: "Lotte Visser" })).toBe(
      "Sanne de Vries opende het oefenplan van L. Visser",
    );
    expect(shortName("Ruben de Graaf")).toBe("R. de Graaf");
  });

  it("speaks to the patient in their own list", () => {
    expect(auditSentence({ actorName: "Joris Bakker", actorRole: "therapist", action: "patient.viewed", patientName: "Lotte Visser", forPatient: true })).toBe(
      "Joris Bakker opende jouw dossier",
    );
    expect(auditSentence({ actorName: "Sanne de Vries", actorRole: "therapist", action: "appointment.no_show", patientName: "Lotte Visser", forPatient: true })).toBe(
      "Sanne de Vries registreerde jou als niet verschenen",
    );
  });

  it("never hides an unknown action or an unnamed actor", () => {
    expect(auditSentence({ actorName: null, actorRole: "system", action: "something.new", patientName: "Lotte Visser" })).toBe("Het systeem: something.new (L. Visser)");
  });
});

describe("repeated views", () => {
  const at = (minute: number) => new Date(Date.UTC(2026, 10, 20, 10, minute));
  const row = (minute: number, action = "patient.viewed", actorKey = "sanne") => ({ occurredAt: at(minute), actorKey, action, patientId: "p1" });

  it("become one line with a count within ten minutes, newest first", () => {
    const groups = groupRepeatedViews([row(30), row(27), row(22), row(5)]);
    expect(groups.map((g) => g.count)).toEqual([3, 1]);
  });

  it("are grouped even when other events came in between", () => {
    const groups = groupRepeatedViews([row(30), row(30, "intake.viewed"), row(28), row(28, "assessment.amended"), row(26)]);
    expect(groups.map((g) => [g.first.action, g.count])).toEqual([
      ["patient.viewed", 3],
      ["intake.viewed", 1],
      ["assessment.amended", 1],
    ]);
  });

  it("are not grouped across people, and changes are never grouped", () => {
    expect(groupRepeatedViews([row(30), row(29, "patient.viewed", "joris")]).length).toBe(2);
    expect(groupRepeatedViews([row(30, "assessment.amended"), row(29, "assessment.amended")]).length).toBe(2);
  });
});
