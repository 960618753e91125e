import { writeFileSync } from "node:fs";
import { portalPatients } from "@/e2e/support/portal-accounts";
import { actionFormFields } from "./proof/support";
const origin = process.argv[2]!;
const page = await fetch(`${origin}/inloggen`);
const fields = actionFormFields(await page.text())!;
const form = new FormData();
for (const [n, v] of fields) form.append(n, v);
form.append("email", portalPatients.anna.email);
form.append("password", portalPatients.anna.password);
const r = await fetch(`${origin}/inloggen`, { method: "POST", body: form, headers: { origin }, redirect: "manual" });
const cookie = r.headers.getSetCookie().map((c) => c.split(";")[0]!).filter((c) => !c.endsWith("=")).join("; ");
for (const p of ["/portaal", "/portaal/plan", "/portaal/voortgang"]) {
  const t = performance.now();
  const html = await (await fetch(`${origin}${p}`, { headers: { cookie } })).text();
  const ms = performance.now() - t;
  const style = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].reduce((n, m) => n + m[0].length, 0);
  const flight = [...html.matchAll(/<script[^>]*>(self\.__next_f[\s\S]*?)<\/script>/g)].reduce((n, m) => n + m[0].length, 0);
  const svg = [...html.matchAll(/<svg[\s\S]*?<\/svg>/g)].reduce((n, m) => n + m[0].length, 0);
  console.log(p, ms.toFixed(0), "ms total", html.length, "style", style, "flight", flight, "svg", svg);
  writeFileSync(`/tmp/p16c${p.replaceAll("/", "_")}.html`, html);
}
