import { expect, type APIResponse, type Locator, type Page } from "@playwright/test";

/**
 * Posting a page's own no-JavaScript form over HTTP, with some fields changed: how the authorization tests call
 * server actions directly (the form carries the action's id and bound state in hidden `$ACTION_…` fields).
 */
export async function formFields(form: Locator): Promise<Record<string, string>> {
  return form.evaluate((element) => Object.fromEntries([...new FormData(element as HTMLFormElement).entries()].map(([k, v]) => [k, String(v)])));
}

export async function postForm(page: Page, path: string, fields: Record<string, string>): Promise<APIResponse> {
  const url = new URL(path, page.url()).toString();
  return page.request.post(url, { multipart: fields, headers: { Origin: new URL(url).origin }, maxRedirects: 0 });
}

/** The JSON export of whoever is logged in on `page`'s context. */
export async function downloadExport(page: Page): Promise<Record<string, unknown> & { exerciseLogs: unknown[]; plans: unknown[] }> {
  const response = await page.request.get("/portaal/gegevens/export", { maxRedirects: 0 });
  expect(response.status()).toBe(200);
  expect(response.headers()["content-disposition"]).toContain("attachment");
  return response.json();
}
