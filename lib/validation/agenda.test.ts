import { describe, expect, it } from "vitest";
import { agendaHref, agendaRange, agendaSteps, parseAgendaChoice } from "./agenda";

describe("agenda choices in the URL", () => {
  const today = "2026-03-25";

  it("defaults to today's day view and ignores nonsense", () => {
    expect(parseAgendaChoice({}, today)).toEqual({ mode: "dag", date: today, therapist: undefined, showCancelled: false });
    expect(parseAgendaChoice({ dag: "2026-02-30", therapeut: "<script>", weergave: "maand" }, today)).toEqual({ mode: "dag", date: today, therapist: undefined, showCancelled: false });
  });

  it("reads a day, a week, the therapist and the cancelled toggle", () => {
    expect(parseAgendaChoice({ dag: "2026-11-23", therapeut: "alle", geannuleerd: "1" }, today)).toEqual({ mode: "dag", date: "2026-11-23", therapist: "alle", showCancelled: true });
    expect(parseAgendaChoice({ week: "2026-03-26", weergave: "week" }, today)).toMatchObject({ mode: "week", date: "2026-03-26" });
    expect(parseAgendaChoice({ week: "2026-03-26" }, today)).toMatchObject({ mode: "week" });
  });

  it("covers Monday to Sunday in the week view, also in the week the clocks change", () => {
    expect(agendaRange({ mode: "week", date: "2026-03-29" })).toEqual({ fromDate: "2026-03-23", toDate: "2026-03-29" });
    expect(agendaRange({ mode: "dag", date: "2026-03-29" })).toEqual({ fromDate: "2026-03-29", toDate: "2026-03-29" });
  });

  it("steps a day or a week, keeping the other choices", () => {
    const steps = agendaSteps({ mode: "week", date: "2026-03-25", therapist: "joris-bakker", showCancelled: true }, today);
    expect(steps.previous).toBe("/praktijk?week=2026-03-16&weergave=week&therapeut=joris-bakker&geannuleerd=1");
    expect(steps.next).toBe("/praktijk?week=2026-03-30&weergave=week&therapeut=joris-bakker&geannuleerd=1");
    expect(agendaSteps({ mode: "dag", date: "2026-03-01", showCancelled: false }, today).previous).toBe("/praktijk?dag=2026-02-28");
    expect(agendaHref({})).toBe("/praktijk");
  });
});
