// Shared pieces of the proofs (`npm run proof`): the app under test, and a patient's browser without
// JavaScript, reduced to what it sends: GET a booking page, POST its form as multipart/form-data.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { intakeTextFields } from "../../tests/booking-payload";

export type ProofContext = {
  /** http://127.0.0.1:<port> of `next start`. */
  origin: string;
  /** The proof's own database on the server. */
  databaseUrl: string;
  /** The server's admin URL (to find the cluster to restart). */
  adminUrl: string;
};

export type ProofResult = { name: string; ok: boolean; skipped?: boolean; lines: string[] };

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function newestSource(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** True when `.next` holds a production build newer than every source it is built from. */
export function buildIsCurrent(dir = "."): boolean {
  const buildId = path.join(dir, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return false;
  const sources = ["app", "components", "lib", "content", "db", "types"].map((d) => newestSource(path.join(dir, d)));
  const files = ["package-lock.json", "next.config.ts", "postcss.config.mjs", "proxy.ts", "auth.ts", "auth.config.ts", "instrumentation.ts"]
    .map((f) => path.join(dir, f))
    .filter(existsSync)
    .map((file) => statSync(file).mtimeMs);
  return Math.max(...sources, ...files) < statSync(buildId).mtimeMs;
}

/** Builds the app unless a current build is there; returns false when the build failed. */
export function ensureBuild(env: NodeJS.ProcessEnv): boolean {
  if (buildIsCurrent()) {
    console.log("Using the existing build in .next (newer than the sources).");
    return true;
  }
  console.log("Building the app (the build is missing or older than the sources)…");
  return spawnSync("npx", ["next", "build"], { stdio: "inherit", env: { ...env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" } }).status === 0;
}

export async function waitFor(url: string, seconds: number): Promise<boolean> {
  for (let i = 0; i < seconds * 2; i++) {
    try {
      if ((await fetch(url)).status < 500) return true;
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------------
// The booking form, as a browser without JavaScript sees it.

const entities: Record<string, string> = { amp: "&", quot: '"', lt: "<", gt: ">", apos: "'", "#39": "'", "#x27": "'" };
export function decodeHtml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name in entities) return entities[name]!;
    if (name.startsWith("#x")) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return whole;
  });
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name.replace(/[$]/g, "\\$")}="([^"]*)"`).exec(tag);
  return match ? decodeHtml(match[1]!) : undefined;
}

/** The hidden fields of the form that posts to a server action (Next's `$ACTION_…` fields and the app's own). */
export function actionFormFields(html: string): [string, string][] | null {
  for (const form of html.match(/<form\b[\s\S]*?<\/form>/g) ?? []) {
    if (!form.includes("$ACTION")) continue;
    const fields: [string, string][] = [];
    for (const tag of form.match(/<input\b[^>]*>/g) ?? []) {
      if (attribute(tag, "type") !== "hidden") continue;
      const name = attribute(tag, "name");
      if (name) fields.push([name, attribute(tag, "value") ?? ""]);
    }
    return fields;
  }
  return null;
}

/** The free start times (ISO instants) offered by a slot-picker page, and the day links it shows. */
export function offeredTimes(html: string): string[] {
  // Each free time is its own submit button (or a radio in the review step); attributes come in any order.
  return (html.match(/<(?:button|input)\b[^>]*>/g) ?? [])
    .filter((tag) => attribute(tag, "name") === "tijd")
    .map((tag) => attribute(tag, "value"))
    .filter((value): value is string => Boolean(value));
}
export function dayLinks(html: string): string[] {
  return [...new Set([...html.matchAll(/[?&amp;;]dag=(\d{4}-\d{2}-\d{2})/g)].map((m) => m[1]!))];
}
export function nextWeekLink(html: string, after: string): string | undefined {
  const weeks = [...new Set([...html.matchAll(/week=(\d{4}-\d{2}-\d{2})/g)].map((m) => m[1]!))].sort();
  return weeks.find((w) => w > after);
}

/** The shared calm intake (tests/booking-payload.ts) of a patient of the proofs. */
export function intakeAnswers(person: { name: string; email: string }): Record<string, string> {
  return intakeTextFields({ fullName: person.name, email: person.email });
}

export type SubmitOutcome = "confirmed" | "taken" | "unavailable" | "server_error" | "network_error" | "other";
export type Submitted = { outcome: SubmitOutcome; status: number; detail?: string };

export const TAKEN_TEXTS = ["Dit tijdstip is net geboekt", "Dit tijdstip is niet meer vrij"];
export const UNAVAILABLE_TEXT = "De agenda is even niet bereikbaar";

export function classify(status: number, location: string | null, body: string): Submitted {
  if (status >= 300 && status < 400 && location?.includes("/afspraak/bevestigd")) return { outcome: "confirmed", status };
  if (status >= 500) return { outcome: "server_error", status, detail: body.slice(0, 200) };
  if (status === 200 && body.includes("Je afspraak is bevestigd")) return { outcome: "confirmed", status };
  const taken = TAKEN_TEXTS.find((text) => body.includes(text));
  if (status === 200 && taken) return { outcome: "taken", status, detail: taken };
  if (status === 200 && body.includes(UNAVAILABLE_TEXT)) return { outcome: "unavailable", status };
  const message = /role="alert"[^>]*>([\s\S]{0,300})/.exec(body)?.[1]?.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
  return { outcome: "other", status, detail: `${location ?? ""} ${message ?? body.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").slice(0, 160)}` };
}

/**
 * A distinct client address per simulated visitor, sent only as the X-Forwarded-For value the app trusts in
 * the proofs (every request goes to 127.0.0.1); from 198.18.0.0/15, the range set aside for benchmarks.
 */
export function clientIp(n: number): string {
  return `198.${18 + ((n >> 16) & 1)}.${(n >> 8) & 255}.${n & 255}`;
}

/** GET a booking page as a visitor. */
export async function getPage(origin: string, pathAndQuery: string, ip: string): Promise<{ status: number; html: string }> {
  const response = await fetch(`${origin}${pathAndQuery}`, { headers: { "x-forwarded-for": ip, accept: "text/html" }, redirect: "manual" });
  return { status: response.status, html: await response.text() };
}

/**
 * POST the intake form's final step ("Afspraak bevestigen") exactly as a browser without JavaScript does:
 * multipart/form-data with the page's hidden fields (the server action's id and state), the answers, and
 * the button's name/value; the redirect is not followed, it is the confirmation.
 */
export async function submitBooking(
  origin: string,
  pagePath: string,
  hidden: [string, string][],
  answers: Record<string, string>,
  key: string,
  ip: string,
): Promise<Submitted> {
  const form = new FormData();
  for (const [name, value] of hidden) form.append(name, name === "sleutel" ? key : value);
  for (const [name, value] of Object.entries(answers)) form.append(name, value);
  form.append("intent", "bevestigen");
  try {
    const response = await fetch(`${origin}${pagePath}`, {
      method: "POST",
      body: form,
      redirect: "manual",
      headers: { origin, "x-forwarded-for": ip, accept: "text/html" },
    });
    return classify(response.status, response.headers.get("location"), await response.text());
  } catch (error) {
    return { outcome: "network_error", status: 0, detail: error instanceof Error ? `${error.message} ${String((error as { cause?: unknown }).cause ?? "")}` : String(error) };
  }
}

export function tally<T extends string>(items: T[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[item] = (counts[item] ?? 0) + 1;
  return counts;
}
