import type { AppProps } from "next/app";
import "../app/globals.css";

/** The public pages in pages/ share the App Router's stylesheet (Tailwind). */
export default function App({ Component, pageProps }: AppProps) {
  return <Component {...pageProps} />;
}
