import { escapeText, foldLine, utcStamp, VTIMEZONE, zonedDateTime } from "./ics";

/**
 * An iCalendar publication (METHOD:PUBLISH): a therapist's agenda feed for calendar subscriptions, and the
 * single-appointment file behind "Zet in je agenda". Times carry the practice's zone (TZID + VTIMEZONE).
 */
export type FeedEvent = { uid: string; sequence: number; start: Date; end: Date; summary: string; description: string; location: string; cancelled?: boolean };

export function buildCalendar(name: string, events: FeedEvent[], stamp: Date): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Fysiopraktijk Keten//Agenda//NL",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(name)}`,
    "X-WR-TIMEZONE:Europe/Amsterdam",
    "REFRESH-INTERVAL;VALUE=DURATION:PT15M",
    ...VTIMEZONE,
    ...events.flatMap((e) => [
      "BEGIN:VEVENT",
      `UID:${e.uid}`,
      `SEQUENCE:${e.sequence}`,
      `DTSTAMP:${utcStamp(stamp)}`,
      zonedDateTime("DTSTART", e.start),
      zonedDateTime("DTEND", e.end),
      `SUMMARY:${escapeText(e.summary)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
      `LOCATION:${escapeText(e.location)}`,
      `STATUS:${e.cancelled ? "CANCELLED" : "CONFIRMED"}`,
      "TRANSP:OPAQUE",
      "END:VEVENT",
    ]),
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join("\r\n") + "\r\n";
}

/** "Lotte van Vliet" → "L.v.V.": enough for a therapist to recognise, not a full name on a phone's lock screen. */
export function initials(fullName: string): string {
  return fullName
    .trim()
    .split(/\s+/)
    .map((part) => (/^(van|de|der|den|het|ter|ten|op|in|'t)$/i.test(part) ? part[0]!.toLowerCase() : part[0]!.toUpperCase()))
    .join(".")
    .concat(".");
}
