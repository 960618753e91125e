import type { Heading } from "@/lib/content/markdown";

/** The article's sections as links; plain anchors, so it works without JavaScript and in print it is hidden. */
export function TableOfContents({ headings }: { headings: Heading[] }) {
  return (
    <nav aria-labelledby="inhoudsopgave" className="no-print rounded-lg border border-line bg-surface p-5">
      <h2 id="inhoudsopgave" className="font-sans text-base font-semibold">
        In dit artikel
      </h2>
      <ol className="mt-2 list-decimal space-y-1 pl-5">
        {headings.map((heading) => (
          <li key={heading.id}>
            <a href={`#${heading.id}`} className="inline-block py-1">
              {heading.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
