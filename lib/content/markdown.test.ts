import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./markdown";
import { createSlugger } from "./slug";

describe("renderMarkdown", () => {
  it("gives each heading a Dutch id and lists the headings in order", () => {
    const { html, headings } = renderMarkdown("## Hoe lang duurt herstel?\n\nTekst.\n\n### Eén *week* rust\n", createSlugger());
    expect(html).toContain('<h2 id="hoe-lang-duurt-herstel">Hoe lang duurt herstel?</h2>');
    expect(html).toContain('<h3 id="een-week-rust">Eén <em>week</em> rust</h3>');
    expect(headings).toEqual([
      { id: "hoe-lang-duurt-herstel", text: "Hoe lang duurt herstel?", depth: 2 },
      { id: "een-week-rust", text: "Eén week rust", depth: 3 },
    ]);
  });

  it("wraps tables in a keyboard-reachable region and names each cell's column, for the stacked phone layout", () => {
    const { html } = renderMarkdown("| Graad | Herstel |\n| --- | --- |\n| 1 | 1 tot 2 weken |\n", createSlugger());
    expect(html).toMatch(/^<div class="table-scroll" role="region" aria-label="[^"]+" tabindex="0"><table>/);
    expect(html).toContain('<th scope="col">Graad</th>');
    expect(html).toContain('<td data-label="Herstel">1 tot 2 weken</td>');
  });
});
