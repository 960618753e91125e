import { Head, Html, Main, NextScript } from "next/document";

/**
 * The HTML around the public pages in pages/ (docs/decisions/012); app/layout.tsx is its App Router twin.
 * Those pages ship no client JavaScript in production, so <NextScript /> renders nothing there.
 */
export default function Document() {
  return (
    <Html lang="nl">
      <Head />
      <body className="flex min-h-dvh flex-col antialiased">
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
