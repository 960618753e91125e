import { MAX_BODY_BYTES, MEDIA_MAX_BYTES } from "./limits";

/**
 * The request guard proxy.ts runs before anything else (docs/decisions/015). It refuses two kinds of
 * request that a page of ours never sends, with a Dutch page instead of the framework's 500:
 * - a state-changing request (anything but GET, HEAD, OPTIONS) from another site: accepted only when its
 *   `Origin` is the app's own address (APP_URL), or, when it carries no `Origin`, when the browser says it
 *   came from the same origin (`Sec-Fetch-Site: same-origin`). `Origin: null` and a foreign origin are
 *   refused. Forwarded host headers play no part: the operator names the address in APP_URL, so a client
 *   cannot talk its way in with its own `X-Forwarded-Host`;
 * - a body over MAX_BODY_BYTES (lib/security/limits.ts), by its `Content-Length`, or by counting when a
 *   client sends none.
 * Pure apart from reading the body of a request without a length: tested without a server.
 */
export type Refusal = { status: 403 | 413; reason: "cross-site" | "too-large" };

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export type GuardOptions = {
  /** The app's own origin, from APP_URL. */
  appOrigin: string;
  /** `next dev` also accepts the address the developer opened (its Host header), e.g. 127.0.0.1 for localhost. */
  development?: boolean;
};

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** Whether a state-changing request comes from one of our own pages. */
export function isSameSite(method: string, headers: Headers, options: GuardOptions): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return true;
  const origin = headers.get("origin");
  if (origin === null) return headers.get("sec-fetch-site") === "same-origin";
  const allowed = new Set([originOf(options.appOrigin)]);
  if (options.development) {
    const host = headers.get("host");
    if (host) allowed.add(originOf(`http://${host}`));
  }
  return origin !== "null" && allowed.has(originOf(origin));
}

/** Whether the announced body is over the limit (a malformed length counts as too large). */
export function announcesTooLarge(headers: Headers, maxBytes = MAX_BODY_BYTES): boolean {
  const length = headers.get("content-length");
  if (length === null) return false;
  if (!/^\d+$/.test(length.trim())) return true;
  return Number(length) > maxBytes;
}

/** Counts a body that came without a length, up to one byte past the limit. */
async function streamsTooLarge(request: Request, maxBytes: number): Promise<boolean> {
  if (!request.body || request.headers.get("content-length") !== null) return false;
  const reader = request.clone().body!.getReader();
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return false;
    size += value.byteLength;
    if (size > maxBytes) {
      // Not awaited: cancelling one branch of a cloned (teed) body settles only once the other is cancelled too.
      reader.cancel().catch(() => {});
      return true;
    }
  }
}

/** The refusal for a request, or null when it may go on. */
export async function guardRequest(request: Request, options: GuardOptions, maxBytes = MAX_BODY_BYTES): Promise<Refusal | null> {
  if (!isSameSite(request.method, request.headers, options)) return { status: 403, reason: "cross-site" };
  if (announcesTooLarge(request.headers, maxBytes) || (await streamsTooLarge(request, maxBytes))) return { status: 413, reason: "too-large" };
  return null;
}

const UPLOAD_TOO_LARGE = {
  title: "Dit bestand is te groot",
  text: `Een foto mag hoogstens ${MEDIA_MAX_BYTES.image / 1_048_576} MB zijn en een filmpje ${MEDIA_MAX_BYTES.video / 1_048_576} MB. Er is niets opgeslagen. Maak de foto kleiner of het filmpje korter en probeer het opnieuw.`,
};

const PAGES: Record<Refusal["reason"], { title: string; text: string }> = {
  "cross-site": {
    title: "Dit verzoek weigeren we",
    text: "Het kwam niet van een pagina van Fysiopraktijk Keten zelf, dus er is niets opgeslagen of gewijzigd. Wilde je zelf iets invullen? Open de pagina opnieuw via het adres van de praktijk en probeer het nog eens.",
  },
  "too-large": {
    title: "Dit is te veel om te versturen",
    text: `Een formulier mag hoogstens ${MAX_BODY_BYTES / 1_048_576} MB groot zijn. Er is niets opgeslagen. Maak je tekst korter en verstuur het formulier opnieuw.`,
  },
};

/** The Dutch page a refusal answers with (no script, no outside resources). */
export function refusalResponse(refusal: Refusal, limit = MAX_BODY_BYTES): Response {
  const page = refusal.reason === "too-large" && limit > MAX_BODY_BYTES ? UPLOAD_TOO_LARGE : PAGES[refusal.reason];
  const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${page.title} · Fysiopraktijk Keten</title><style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1c2b24}a{color:#1d5c46}</style></head><body><main><h1>${page.title}</h1><p>${page.text}</p><p><a href="/">Naar de startpagina</a></p></main></body></html>`;
  return new Response(html, {
    status: refusal.status,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
      // The body was not read: the client should not reuse the connection for it.
      ...(refusal.status === 413 ? { connection: "close" } : {}),
    },
  });
}
