import { Marked, Renderer, type Tokens } from "marked";

export type Heading = { id: string; text: string; depth: number };

/**
 * Markdown to HTML for our own content (trusted: it is written by the practice and reviewed in git, so the
 * HTML is not sanitised). Every heading gets a stable Dutch id (for the table of contents and for links
 * such as the triage's article anchors); tables get a keyboard-scrollable wrapper so they fit at 320 px.
 */
export function renderMarkdown(markdown: string, slug: (text: string) => string): { html: string; headings: Heading[] } {
  const headings: Heading[] = [];
  const marked = new Marked({ gfm: true, async: false });
  marked.use({
    renderer: {
      heading(this: Renderer, { tokens, depth, text }: Tokens.Heading) {
        const plain = text.replace(/[*_`]/g, "");
        const id = slug(plain);
        headings.push({ id, text: plain, depth });
        return `<h${depth} id="${id}">${this.parser.parseInline(tokens)}</h${depth}>\n`;
      },
      // Each cell carries its column's name (data-label): on a phone a wide table becomes stacked rows that
      // name every value (app/globals.css), so nothing hides behind a sideways scroll.
      table(this: Renderer, token: Tokens.Table) {
        const labels = token.header.map((cell) => cell.text.replace(/[*_`]/g, "").replace(/"/g, "&quot;"));
        const head = token.header.map((cell) => `<th scope="col">${this.parser.parseInline(cell.tokens)}</th>`).join("");
        const rows = token.rows
          .map((row) => `<tr>${row.map((cell, index) => `<td data-label="${labels[index] ?? ""}">${this.parser.parseInline(cell.tokens)}</td>`).join("")}</tr>`)
          .join("\n");
        return `<div class="table-scroll" role="region" aria-label="Tabel" tabindex="0"><table>\n<thead><tr>${head}</tr></thead>\n<tbody>${rows}</tbody>\n</table></div>\n`;
      },
    },
  });
  const html = marked.parse(markdown) as string;
  return { html, headings };
}
