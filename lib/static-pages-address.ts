/**
 * The knowledge base, the articles, the self-check and the privacy page are rendered once, by `next build`:
 * their canonical link and structured data carry the APP_URL of the build. A production server started with
 * another APP_URL would serve pages that name another address (e.g. http://localhost:3000 when the build had
 * none): search engines index that address and share links point there. Start-up warns with what to do.
 */
export function staticPagesAddressWarning(builtFor: string | undefined, appUrl: string): string | null {
  if (!builtFor || sameOrigin(builtFor, appUrl)) return null;
  return (
    `Keten: de statische pagina's (kennisbank, artikelen, klachtencheck, privacy) zijn gebouwd voor ${builtFor}, ` +
    `maar APP_URL is ${appUrl}. Hun canonieke link en gestructureerde gegevens noemen het verkeerde adres: ` +
    `bouw opnieuw met APP_URL=${appUrl} npm run build.`
  );
}

function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).href === new URL(b).href;
  } catch {
    return a === b;
  }
}
