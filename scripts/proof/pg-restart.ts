// Proof 2: visitors keep booking (different slots, both therapists) while the PostgreSQL server crashes and
// comes back (`pg_ctlcluster … stop -m immediate`, then start). Afterwards: every booking the app confirmed
// to a visitor is in the database exactly once, no appointment twice, no server error; during the outage the
// visitors were told plainly to try again (and, like people, they did: with the same form and key).
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync } from "node:fs";
import { promisify } from "node:util";
import postgres from "postgres";
import {
  actionFormFields,
  clientIp,
  dayLinks,
  getPage,
  intakeAnswers,
  offeredTimes,
  sleep,
  submitBooking,
  tally,
  UNAVAILABLE_TEXT,
  type ProofContext,
  type ProofResult,
  type SubmitOutcome,
} from "./support";

const run = promisify(execFile);
const SERVICE = "vervolgbehandeling";
const THERAPISTS = ["sanne-de-vries", "joris-bakker"];
const WORKERS = Number(process.env.PROOF_RESTART_CLIENTS ?? 6);
const DURATION_MS = Number(process.env.PROOF_RESTART_SECONDS ?? 25) * 1000;
const RESTART_AT_MS = 8_000;

type Target = { therapist: string; start: string };

/** Free starts of both therapists, at least an hour apart per therapist, read from the booking pages. */
async function collectTargets(origin: string, max: number): Promise<Target[]> {
  const targets: Target[] = [];
  for (const therapist of THERAPISTS) {
    const base = { dienst: SERVICE, therapeut: therapist };
    const visited = new Set<string>();
    let query = new URLSearchParams(base).toString();
    for (let week = 0; week < 8 && targets.length < max; week++) {
      const { html } = await getPage(origin, `/afspraak?${query}`, clientIp(2));
      const weeks = [...new Set([...html.matchAll(/week=(\d{4}-\d{2}-\d{2})/g)].map((m) => m[1]!))].sort();
      const current = weeks.find((w) => !visited.has(w) && (visited.size === 0 || w > [...visited].sort().at(-1)!));
      if (!current) break;
      visited.add(current);
      let last = 0;
      for (const day of dayLinks(html)) {
        const page = await getPage(origin, `/afspraak?${new URLSearchParams({ ...base, week: current, dag: day }).toString()}`, clientIp(2));
        for (const start of offeredTimes(page.html)) {
          if (Date.parse(start) < last + 60 * 60_000) continue;
          last = Date.parse(start);
          targets.push({ therapist, start });
        }
      }
      const next = weeks.find((w) => w > current);
      if (!next) break;
      query = new URLSearchParams({ ...base, week: next }).toString();
    }
  }
  // Interleave the therapists so both are under load at once.
  return targets.sort((a, b) => a.start.localeCompare(b.start)).slice(0, max);
}

/** The local cluster behind the admin URL, for pg_ctlcluster; null (with the reason) when it cannot be restarted here. */
async function localCluster(adminUrl: string): Promise<{ version: string; name: string } | string> {
  const url = new URL(adminUrl);
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(url.hostname)) return `PostgreSQL at ${url.host} is not on this machine`;
  if (!existsSync("/usr/bin/pg_ctlcluster") || !existsSync("/etc/postgresql")) return "pg_ctlcluster (Debian's postgresql-common) is not available";
  const port = url.port || "5432";
  try {
    const { stdout } = await run("pg_lsclusters", ["--no-header"]);
    for (const line of stdout.split("\n")) {
      const [version, name, clusterPort, status] = line.trim().split(/\s+/);
      if (version && name && clusterPort === port && status === "online") return { version, name };
    }
  } catch {
    // fall back to the directory listing
  }
  const versions = readdirSync("/etc/postgresql");
  return versions.length === 1 ? { version: versions[0]!, name: "main" } : `no online cluster on port ${port}`;
}

async function ping(adminUrl: string): Promise<boolean> {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {}, connect_timeout: 2 });
  try {
    await sql`select 1`;
    return true;
  } catch {
    return false;
  } finally {
    await sql.end({ timeout: 1 }).catch(() => {});
  }
}

type Visit = { email: string; outcome: SubmitOutcome; sawUnavailable: number; attempts: number; confirmedAt?: number };

export async function pgRestart({ origin, databaseUrl, adminUrl }: ProofContext): Promise<ProofResult> {
  const lines: string[] = [];
  const check = (ok: boolean, text: string) => {
    lines.push(`${ok ? "✔" : "✘"} ${text}`);
    return ok;
  };
  const cluster = await localCluster(adminUrl);
  if (typeof cluster === "string") {
    return { name: "pg-restart", ok: false, skipped: true, lines: [`– skipped: ${cluster} (PROOF_REQUIRE_RESTART=1 makes this a failure)`] };
  }

  const targets = await collectTargets(origin, 600);
  lines.push(`${targets.length} free starts of ${THERAPISTS.join(" and ")} to book (${SERVICE}), ${WORKERS} visitors at a time for ${DURATION_MS / 1000} s`);
  if (targets.length < WORKERS * 4) return { name: "pg-restart", ok: false, lines: [...lines, "✘ too few free times to load the app"] };

  const runId = randomBytes(3).toString("hex");
  const t0 = performance.now();
  const elapsed = () => performance.now() - t0;
  const visits: Visit[] = [];
  const pageServerErrors: number[] = [];
  let pageUnavailable = 0;
  let next = 0;

  async function visitor(): Promise<void> {
    while (elapsed() < DURATION_MS && next < targets.length) {
      const i = next++;
      const target = targets[i]!;
      const ip = clientIp(5000 + i);
      const pagePath = `/afspraak?${new URLSearchParams({ dienst: SERVICE, therapeut: target.therapist, tijd: target.start }).toString()}`;
      const visit: Visit = { email: `herstart-${runId}-${i}@proef.test`, outcome: "other", sawUnavailable: 0, attempts: 0 };
      // Open the intake page (the visitor reloads while the agenda is unreachable).
      let hidden: [string, string][] | null = null;
      while (elapsed() < DURATION_MS + 30_000) {
        try {
          const page = await getPage(origin, pagePath, ip);
          if (page.status >= 500) pageServerErrors.push(page.status);
          hidden = actionFormFields(page.html);
          if (hidden || !page.html.includes(UNAVAILABLE_TEXT)) break;
          pageUnavailable++;
        } catch {
          pageServerErrors.push(0);
        }
        await sleep(1_000);
      }
      if (!hidden) continue; // the time is no longer offered (overlaps a booking of another visitor)
      visits.push(visit);
      const key = randomBytes(18).toString("base64url");
      const answers = intakeAnswers({ name: `Herstart Bezoeker ${i}`, email: visit.email });
      // Confirm; on "try again" (or a dropped connection) press the same button again a moment later.
      for (let attempt = 0; attempt < 40; attempt++) {
        visit.attempts++;
        const result = await submitBooking(origin, pagePath, hidden, answers, key, ip);
        visit.outcome = result.outcome;
        if (result.outcome === "unavailable") visit.sawUnavailable++;
        if (result.outcome === "confirmed") visit.confirmedAt = elapsed();
        if (result.outcome !== "unavailable" && result.outcome !== "network_error") break;
        await sleep(1_000);
      }
    }
  }

  let restart: { stoppedAt: number; startedAt: number; reachableAt: number } | undefined;
  let restartError: string | undefined;
  const restarter = (async () => {
    await sleep(RESTART_AT_MS);
    const stoppedAt = elapsed();
    try {
      await run("pg_ctlcluster", ["--skip-systemctl-redirect", cluster.version, cluster.name, "stop", "-m", "immediate"]);
      const startedAt = elapsed();
      await run("pg_ctlcluster", ["--skip-systemctl-redirect", cluster.version, cluster.name, "start"]);
      while (!(await ping(adminUrl))) await sleep(100);
      restart = { stoppedAt, startedAt, reachableAt: elapsed() };
    } catch (error) {
      restartError = error instanceof Error ? error.message : String(error);
      // Never leave the shared server down.
      await run("pg_ctlcluster", ["--skip-systemctl-redirect", cluster.version, cluster.name, "start"]).catch(() => {});
    }
  })();

  await Promise.all([restarter, ...Array.from({ length: WORKERS }, () => visitor())]);

  if (!restart) return { name: "pg-restart", ok: false, lines: [...lines, `✘ the restart failed: ${restartError}`] };
  const outageSeconds = (restart.reachableAt - restart.stoppedAt) / 1000;
  lines.push(
    `PostgreSQL ${cluster.version}/${cluster.name} stopped (-m immediate) at ${(restart.stoppedAt / 1000).toFixed(1)} s, reachable again at ${(restart.reachableAt / 1000).toFixed(1)} s (outage ${outageSeconds.toFixed(1)} s)`,
  );
  const counts = tally(visits.map((v) => v.outcome));
  const confirmed = visits.filter((v) => v.outcome === "confirmed");
  const toldToRetry = visits.filter((v) => v.sawUnavailable > 0);
  lines.push(
    `${visits.length} visitors submitted: final outcomes ${JSON.stringify(counts)}; ${toldToRetry.length} were told "${UNAVAILABLE_TEXT}" on confirming (then pressed again), ${pageUnavailable} page loads showed it`,
  );
  lines.push(
    `confirmed before the stop: ${confirmed.filter((v) => v.confirmedAt! < restart!.stoppedAt).length}, during the outage: ${confirmed.filter((v) => v.confirmedAt! >= restart!.stoppedAt && v.confirmedAt! < restart!.reachableAt).length}, after: ${confirmed.filter((v) => v.confirmedAt! >= restart!.reachableAt).length}`,
  );

  let ok = true;
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const rows = await sql<{ email: string; n: number }[]>`
      select u.email, count(a.id)::int as n from users u join patients p on p.user_id = u.id join appointments a on a.patient_id = p.id
      where u.email like ${`herstart-${runId}-%@proef.test`} and a.status <> 'cancelled' group by u.email`;
    const stored = new Map(rows.map((r) => [r.email, r.n]));
    const missing = confirmed.filter((v) => !stored.has(v.email));
    const twice = rows.filter((r) => r.n > 1);
    const unconfirmedStored = visits.filter((v) => v.outcome !== "confirmed" && stored.has(v.email));
    const [overlaps] = await sql<{ n: number }[]>`
      select count(*)::int as n from appointments a join appointments b on a.therapist_id = b.therapist_id and a.id < b.id
      where a.status <> 'cancelled' and b.status <> 'cancelled' and a.starts_at < b.ends_at and b.starts_at < a.ends_at`;
    ok = check(confirmed.length > 0 && missing.length === 0, `every booking confirmed to a visitor is stored: ${confirmed.length - missing.length} of ${confirmed.length}`) && ok;
    ok = check(twice.length === 0, `no visitor's booking stored twice: ${twice.length} duplicates`) && ok;
    ok = check(overlaps!.n === 0, `no overlapping appointments for a therapist: ${overlaps!.n}`) && ok;
    if (unconfirmedStored.length) lines.push(`note: ${unconfirmedStored.length} stored booking(s) whose visitor gave up before seeing the confirmation (the e-mail confirms them)`);
  } finally {
    await sql.end({ timeout: 5 });
  }
  const submitErrors = visits.length - confirmed.length - (counts.taken ?? 0) - (counts.unavailable ?? 0);
  ok = check(toldToRetry.length + pageUnavailable > 0, `during the outage visitors saw "${UNAVAILABLE_TEXT} … probeer het over een minuutje opnieuw": ${toldToRetry.length} on confirming, ${pageUnavailable} on a page`) && ok;
  ok = check(pageServerErrors.length === 0 && submitErrors === 0, `0 × 5xx or broken connections: ${pageServerErrors.length} on pages, ${submitErrors} on submissions (${JSON.stringify(counts)})`) && ok;
  ok = check(confirmed.some((v) => v.confirmedAt! > restart!.reachableAt), "bookings are confirmed again after the restart, without restarting the app") && ok;
  return { name: "pg-restart", ok, lines };
}
