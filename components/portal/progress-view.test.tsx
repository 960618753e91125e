import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { Progress, ProgressSession } from "@/lib/data/progress";
import { addDays } from "@/lib/time/zone";
import { ProgressView, progressQuery } from "./progress-view";

// Twelve weeks of daily sessions, newest first, in a plan that started long before: the default period.
const today = "2026-12-03";
const session = (date: string): ProgressSession => ({ date, phaseId: "f2", done: 3, modified: 0, skipped: 1, painDuring: 2, morning: 1, verdict: "build", note: "", variants: [], phaseTitle: "Kracht", easier: [] });
const sessions = Array.from({ length: 84 }, (_, i) => session(addDays(today, -i)));
const progress = (period: "recent" | "all"): Progress => ({
  patient: null,
  plan: { id: "p", title: "Herstel hamstring", startedOn: "2025-01-01" },
  period,
  from: period === "recent" ? addDays(today, -83) : null,
  weeks: [],
  pain: sessions.map((s) => ({ date: s.date, during: s.painDuring, after: s.morning })).reverse(),
  direction: null,
  markers: [{ date: addDays(today, -30), kind: "appointment", label: "Afspraak" }],
  sessions,
  sessionCount: 730,
});
const render = (period: "recent" | "all", page: number) => renderToStaticMarkup(<ProgressView progress={progress(period)} base="/portaal/voortgang" who="patient" page={page} />);
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

describe("the progress page's period and session pages", () => {
  it("reads the period and page from the address, anything odd as the first page of the last 12 weeks", () => {
    expect(progressQuery({ periode: "alles", pagina: "3" })).toEqual({ period: "all", page: 3 });
    expect(progressQuery({ pagina: "-2" })).toEqual({ period: "recent", page: 1 });
    expect(progressQuery({ pagina: "1e9999", periode: ["alles", "x"] })).toEqual({ period: "recent", page: 1 });
  });

  it("offers both periods as links, the chosen one marked, with the number of sessions since the start", () => {
    const links = [...render("recent", 1).matchAll(/<a ([^>]*)>([^<]*)<\/a>/g)].map(([, attributes, label]) => ({ label, href: /href="([^"]*)"/.exec(attributes!)![1], current: attributes!.includes('aria-current="page"') }));
    expect(links).toContainEqual({ label: "Laatste 12 weken", href: "/portaal/voortgang", current: true });
    expect(links).toContainEqual({ label: "Alles sinds de start (730 sessies)", href: "/portaal/voortgang?periode=alles", current: false });
  });

  it("shows four weeks of sessions at a time, with links to newer and older ones that keep the period", () => {
    const first = render("all", 1);
    expect(text(first)).toContain("Sessie 1 tot en met 28 van 84");
    expect(first.match(/<tbody>.*<\/tbody>/s)![0].match(/<tr>/g)).toHaveLength(28);
    expect(first).toContain('href="/portaal/voortgang?periode=alles&amp;pagina=2#logboek"');
    expect(first).not.toContain("Nieuwere sessies");

    const last = render("all", 99); // past the end: the last page
    expect(text(last)).toContain("Sessie 57 tot en met 84 van 84");
    expect(last).toContain('href="/portaal/voortgang?periode=alles&amp;pagina=2#logboek"');
    expect(last).not.toContain("Oudere sessies");
  });

  it("draws each pain series as a line and one path of day marks, the scores read from the session table", () => {
    const html = render("recent", 1);
    const chart = /<svg[^>]*data-chart="pijn".*?<\/svg>/s.exec(html)![0];
    expect(chart.match(/<path /g)).toHaveLength(4);
    expect(chart).not.toMatch(/<(circle|rect|polyline)/);
    expect(html).not.toMatch(/<table[^>]*>\s*<caption[^>]*>Pijnscores/);
    expect(text(html)).toContain("Gemarkeerd (verticale lijnen): afspraak");
    expect(text(html)).toContain("Pijn tijdens het oefenen (doorgetrokken lijn, rondjes)");
  });

  it("leaves out the day marks where the days lie closer together than a mark is wide (two years: the lines stay)", () => {
    const long = progress("all");
    long.pain = Array.from({ length: 730 }, (_, i) => ({ date: addDays(today, i - 729), during: i % 6, after: i % 3 }));
    const html = renderToStaticMarkup(<ProgressView progress={long} base="/portaal/voortgang" who="patient" />);
    const chart = /<svg[^>]*data-chart="pijn".*?<\/svg>/s.exec(html)![0];
    expect(chart.match(/<path /g)).toHaveLength(2);
    expect(text(html)).toContain("Pijn tijdens het oefenen (doorgetrokken lijn)");
    expect(text(html)).toContain("Pijn de ochtend erna (stippellijn)");
  });
});
