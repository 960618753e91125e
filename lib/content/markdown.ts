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
      table(this: Renderer, token: Tokens.Table) {
        const table = Renderer.prototype.table.call(this, token);
        return `<div class="table-scroll" role="region" aria-label="Tabel, scrollt opzij op een smal scherm" tabindex="0">${table}</div>\n`;
      },
    },
  });
  const html = marked.parse(markdown) as string;
  return { html, headings };
}
