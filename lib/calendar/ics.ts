import { instantAt, wallClockAt } from "@/lib/time/zone";

/**
 * An iCalendar (RFC 5545) invite for one appointment, as an iTIP message (RFC 5546): METHOD:REQUEST to add
 * or update it, METHOD:CANCEL to remove it. Calendar clients match messages by UID and keep the one with
 * the highest SEQUENCE, so the UID never changes and the sequence rises with every change.
 *
 * Written by hand rather than with the `ics` package: that package writes times only in UTC or as
 * "floating" local time, while the practice's times belong in Europe/Amsterdam (TZID plus VTIMEZONE), so
 * that a calendar shows 09:30 even for a patient whose device is set to another zone.
 */
export type CalendarEvent = {
  uid: string;
  sequence: number;
  method: "REQUEST" | "CANCEL";
  start: Date;
  end: Date;
  summary: string;
  description: string;
  location: string;
  organizer: { name: string; email: string };
  attendee: { name: string; email: string };
  /** DTSTAMP: when this version of the message was made. */
  stamp: Date;
};

const ZONE = "Europe/Amsterdam";

/** The zone's rules since 1996 (EU): CEST from the last Sunday of March 02:00, CET from the last Sunday of October 03:00. */
export const VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  `TZID:${ZONE}`,
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19700329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19701025T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
];

/** TEXT values: backslash, semicolon, comma and newlines are escaped (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
}

/** A parameter value (e.g. CN), quoted; a double quote cannot appear in one and is dropped. */
function paramValue(text: string): string {
  return `"${text.replace(/"/g, "")}"`;
}

export const utcStamp = (d: Date) => d.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");

/**
 * A date-time in the practice's zone. The one hour that occurs twice in October cannot be named
 * unambiguously with a TZID (clients take the first); the second pass is written in UTC instead.
 */
export function zonedDateTime(name: string, instant: Date): string {
  const wall = wallClockAt(instant, ZONE);
  if (instantAt(wall.date, wall.time, ZONE).getTime() !== Math.floor(instant.getTime() / 60_000) * 60_000) {
    return `${name}:${utcStamp(instant)}`;
  }
  return `${name};TZID=${ZONE}:${wall.date.replace(/-/g, "")}T${wall.time.replace(":", "")}00`;
}

/** Folds a content line to at most 75 octets per line, never inside a UTF-8 character (§3.1). */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

export function buildInvite(event: CalendarEvent): string {
  const cancelled = event.method === "CANCEL";
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Fysiopraktijk Keten//Afspraken//NL",
    "CALSCALE:GREGORIAN",
    `METHOD:${event.method}`,
    ...VTIMEZONE,
    "BEGIN:VEVENT",
    `UID:${event.uid}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${utcStamp(event.stamp)}`,
    zonedDateTime("DTSTART", event.start),
    zonedDateTime("DTEND", event.end),
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    `LOCATION:${escapeText(event.location)}`,
    `ORGANIZER;CN=${paramValue(event.organizer.name)}:mailto:${event.organizer.email}`,
    `ATTENDEE;CN=${paramValue(event.attendee.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=${cancelled ? "DECLINED" : "ACCEPTED"};RSVP=FALSE:mailto:${event.attendee.email}`,
    `STATUS:${cancelled ? "CANCELLED" : "CONFIRMED"}`,
    "TRANSP:OPAQUE",
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
