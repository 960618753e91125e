import { createHash } from "node:crypto";
import { expect, type Page } from "@playwright/test";

type Header = { name: string; value: string };
type AnyResponse = { headersArray(): Header[] | Promise<Header[]>; text(): Promise<string> };

/**
 * The Content-Security-Policy checks every public page passes (docs/decisions/014): exactly one policy,
 * no 'unsafe-inline' script source, and every inline script the HTML holds allowed by its hash or nonce.
 */
export async function expectStrictScriptPolicy(response: AnyResponse): Promise<void> {
  const headers = await response.headersArray();
  const policies = headers.filter((header) => header.name.toLowerCase() === "content-security-policy").map((header) => header.value);
  expect(policies, "exactly one Content-Security-Policy").toHaveLength(1);
  const scriptSrc = policies[0]!.split(";").map((part) => part.trim()).find((part) => part.startsWith("script-src"))!;
  expect(scriptSrc).toBeTruthy();
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).not.toContain("'unsafe-eval'");
  const html = await response.text();
  const nonce = /'nonce-([^']+)'/.exec(scriptSrc)?.[1];
  for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\ssrc=/.test(` ${attributes}`) || /type="application\/ld\+json"/.test(attributes!)) continue;
    const hash = `'sha256-${createHash("sha256").update(body!, "utf8").digest("base64")}'`;
    const allowed = scriptSrc.includes(hash) || (nonce !== undefined && attributes!.includes(`nonce="${nonce}"`));
    expect(allowed, `inline script allowed by the policy: ${body!.slice(0, 60)}`).toBe(true);
  }
}

/** Collects what the browser reports as blocked by the policy (console) while the page is used. */
export function watchBlockedScripts(page: Page): string[] {
  const blocked: string[] = [];
  page.on("console", (message) => {
    const text = message.text();
    if (/Content Security Policy|Refused to (execute|load)/i.test(text)) blocked.push(text);
  });
  page.on("pageerror", (error) => blocked.push(`page error: ${error.message}`));
  return blocked;
}

/** True once the App Router's client runtime has started (its scripts ran). */
export async function expectHydrated(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => Boolean((window as unknown as { next?: { version?: string } }).next?.version)), { message: "the framework's scripts ran" }).toBe(true);
}
