// Section `portal`: the patient's pages (Vandaag, the plan, progress) through `next start` for a patient
// with two years of daily sessions (scripts/bench/portal-data.ts): server time p50/p95 and HTML size per
// page. Goal (issue 16): p95 ≤ 100 ms and ≤ 100 kB. BENCH_PORTAL_REQUESTS (40) requests per page. The
// progress page's "alles" period (on request, not the default) is measured beside it, for information.
import { portalPatients } from "@/e2e/support/portal-accounts";
import { loginThroughForms, servePrepared, timePages } from "./pages";
import { rows } from "./table";

const PAGES = ["/portaal", "/portaal/plan", "/portaal/voortgang"];

export async function benchPortal(): Promise<void> {
  const { app, prepared } = await servePrepared("portal", "scripts/bench/portal-data.ts");
  try {
    const { anna } = portalPatients;
    const cookie = await loginThroughForms(app.origin, anna, "/portaal");
    rows.push({ measurement: "portal pages: data", value: prepared.replace(/^portal bench data: /, "") });
    const requests = Number(process.env.BENCH_PORTAL_REQUESTS ?? 40);
    await timePages(
      app.origin,
      cookie,
      [...PAGES.map((url) => ({ label: `portal ${url}`, url })), { label: "portal /portaal/voortgang?periode=alles (on request, no goal)", url: "/portaal/voortgang?periode=alles" }],
      requests,
    );
  } finally {
    await app.stop();
  }
}
