import { describe, expect, it } from "vitest";
import { buildInvite, escapeText, foldLine, type CalendarEvent } from "./ics";

const event: CalendarEvent = {
  uid: "3f1c6a0e-0000-4000-8000-000000000001@keten",
  sequence: 0,
  method: "REQUEST",
  start: new Date("2026-03-30T07:30:00Z"),
  end: new Date("2026-03-30T08:30:00Z"),
  summary: "Bewegingsketenanalyse bij Fysiopraktijk Keten",
  description: "Met Sanne de Vries.\nVerzetten of annuleren: https://keten.example/afspraak/beheer/abc",
  location: "Oudegracht 120, 3511 AX Utrecht",
  organizer: { name: "Fysiopraktijk Keten", email: "info@keten.test" },
  attendee: { name: "Lotte Visser", email: "lotte@voorbeeld.test" },
  stamp: new Date("2026-03-01T12:00:00Z"),
};

/** Unfolds the content lines, as a calendar client reads them. */
const lines = (ics: string) => ics.replace(/\r\n /g, "").split("\r\n");
const prop = (ics: string, name: string) => lines(ics).filter((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));

describe("the calendar invite", () => {
  it("is a REQUEST with a stable UID, its sequence, and the time in Europe/Amsterdam", () => {
    const ics = buildInvite(event);
    expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(prop(ics, "METHOD")).toEqual(["METHOD:REQUEST"]);
    expect(prop(ics, "UID")).toEqual([`UID:${event.uid}`]);
    expect(prop(ics, "SEQUENCE")).toEqual(["SEQUENCE:0"]);
    // Monday after the spring change: 07:30 UTC is 09:30 CEST.
    expect(prop(ics, "DTSTART").at(-1)).toBe("DTSTART;TZID=Europe/Amsterdam:20260330T093000");
    expect(prop(ics, "DTEND")).toEqual(["DTEND;TZID=Europe/Amsterdam:20260330T103000"]);
    expect(prop(ics, "STATUS")).toEqual(["STATUS:CONFIRMED"]);
    expect(lines(ics)).toContain("TZID:Europe/Amsterdam");
    expect(prop(ics, "ORGANIZER")).toEqual(['ORGANIZER;CN="Fysiopraktijk Keten":mailto:info@keten.test']);
  });

  it("is a CANCEL with STATUS:CANCELLED and the same UID", () => {
    const ics = buildInvite({ ...event, method: "CANCEL", sequence: 2 });
    expect(prop(ics, "METHOD")).toEqual(["METHOD:CANCEL"]);
    expect(prop(ics, "STATUS")).toEqual(["STATUS:CANCELLED"]);
    expect(prop(ics, "SEQUENCE")).toEqual(["SEQUENCE:2"]);
    expect(prop(ics, "UID")).toEqual([`UID:${event.uid}`]);
  });

  it("writes winter times with the winter offset and the doubled October hour in UTC", () => {
    const winter = buildInvite({ ...event, start: new Date("2026-10-26T08:30:00Z"), end: new Date("2026-10-26T09:30:00Z") });
    expect(prop(winter, "DTSTART").at(-1)).toBe("DTSTART;TZID=Europe/Amsterdam:20261026T093000");
    // 25 October 2026, 02:30 CET (the second 02:30 of that night) is 01:30 UTC.
    const second = buildInvite({ ...event, start: new Date("2026-10-25T01:30:00Z"), end: new Date("2026-10-25T02:00:00Z") });
    expect(prop(second, "DTSTART").at(-1)).toBe("DTSTART:20261025T013000Z");
    const first = buildInvite({ ...event, start: new Date("2026-10-25T00:30:00Z"), end: new Date("2026-10-25T01:00:00Z") });
    expect(prop(first, "DTSTART").at(-1)).toBe("DTSTART;TZID=Europe/Amsterdam:20261025T023000");
  });

  it("escapes text and folds long lines at 75 octets without splitting a character", () => {
    expect(escapeText("a,b;c\\d\ne")).toBe("a\\,b\\;c\\\\d\\ne");
    const ics = buildInvite({ ...event, description: "é".repeat(100) });
    for (const line of ics.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(prop(ics, "DESCRIPTION")).toEqual([`DESCRIPTION:${"é".repeat(100)}`]);
    expect(foldLine("x".repeat(75))).toBe("x".repeat(75));
    expect(prop(ics, "LOCATION")).toEqual(["LOCATION:Oudegracht 120\\, 3511 AX Utrecht"]);
  });
});
