/**
 * True when a form post evidently comes from another site (Sec-Fetch-Site, or an Origin whose host is not
 * ours). Used by the route handlers behind the public pages' plain forms.
 */
export function fromOtherSite(request: Request): boolean {
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return true;
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

export const OTHER_SITE_MESSAGE = "Dit formulier kan alleen vanaf onze eigen website worden verstuurd.";
