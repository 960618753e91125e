import type { FaqEntry } from "@/lib/content/articles";
import { slugify } from "@/lib/content/slug";

/**
 * The FAQ as native disclosures: keyboard and screen-reader friendly, and no JavaScript needed. The same
 * entries feed the page's FAQPage structured data.
 */
export function FaqList({ faq, id }: { faq: FaqEntry[]; id: string }) {
  return (
    <section aria-labelledby={id} className="mt-12">
      <h2 id={id} className="text-2xl font-semibold sm:text-3xl">
        Veelgestelde vragen
      </h2>
      <div className="mt-4 divide-y divide-line rounded-lg border border-line bg-surface">
        {faq.map((entry) => (
          <details key={entry.question} id={`vraag-${slugify(entry.question)}`} className="faq group">
            <summary className="flex min-h-11 cursor-pointer list-none items-center justify-between gap-4 px-5 py-3 font-semibold">
              <span>{entry.question}</span>
              <span aria-hidden="true" className="text-brand transition-transform group-open:rotate-45">
                +
              </span>
            </summary>
            <p className="px-5 pb-4">{entry.answer}</p>
          </details>
        ))}
      </div>
    </section>
  );
}
