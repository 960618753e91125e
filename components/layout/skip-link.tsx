/** The first thing a keyboard user reaches: a jump past the header to the page's own content. */
export function SkipLink() {
  return (
    <a
      href="#inhoud"
      className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-surface focus:px-4 focus:py-2 focus:shadow"
    >
      Naar de inhoud
    </a>
  );
}
