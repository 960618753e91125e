// Proof 3 (issue 15): two `next start` instances on one PostgreSQL database behind a round-robin proxy.
//   a. 100 simultaneous bookings of one time → 1 (the booking race, through the proxy);
//   b. 100 simultaneous claims of one waitlist offer → 1 appointment, the rest told it is already booked;
//   c. every due reminder sent exactly once while one instance is killed (SIGKILL) and restarted.
import { createHash, randomBytes } from "node:crypto";
import postgres from "postgres";
import { bookingRace } from "./booking-race";
import type { Instance } from "./instances";
import { actionFormFields, clientIp, dayLinks, getPage, offeredTimes, sleep, tally, type ProofContext, type ProofResult } from "./support";

const CLAIMS = 100;
const REMINDERS = Number(process.env.PROOF_REMINDERS ?? 60);

export type TwoInstances = ProofContext & { instances: Instance[]; restart: (index: number) => Promise<void> };

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

async function freeFollowUpTime(origin: string): Promise<string | undefined> {
  const base = { dienst: "vervolgbehandeling", therapeut: "joris-bakker" };
  const picker = await getPage(origin, `/afspraak?${new URLSearchParams(base).toString()}`, clientIp(5));
  let slot = offeredTimes(picker.html)[0];
  for (const day of slot ? [] : dayLinks(picker.html)) {
    slot = offeredTimes((await getPage(origin, `/afspraak?${new URLSearchParams({ ...base, dag: day }).toString()}`, clientIp(5))).html)[0];
    if (slot) break;
  }
  return slot;
}

export async function twoInstances(context: TwoInstances): Promise<ProofResult> {
  const { origin, databaseUrl } = context;
  const lines: string[] = [`two instances on ports ${context.instances.map((i) => i.port).join(" and ")}, round-robin proxy ${origin}`];
  const check = (ok: boolean, text: string) => (lines.push(`${ok ? "✔" : "✘"} ${text}`), ok);
  let ok = true;

  // a. The booking race through both instances.
  const race = await bookingRace(context);
  lines.push(...race.lines.map((l) => (l.startsWith("✔") || l.startsWith("✘") ? `${l.slice(0, 2)}booking race: ${l.slice(2)}` : `booking race: ${l}`)));
  ok = race.ok && ok;

  const sql = postgres(databaseUrl, { max: 2, onnotice: () => {} });
  try {
    // b. One offer, claimed 100 times at once through both instances.
    const slot = await freeFollowUpTime(origin);
    if (!slot) return { name: "two-instances", ok: false, lines: [...lines, "✘ no free follow-up time for the claim race"] };
    const token = randomBytes(32).toString("base64url");
    const [entry] = await sql<{ id: string }[]>`
      insert into waitlist_entries (email, full_name, date_of_birth, service_id, weekdays, day_parts, until_date, leave_token_hash)
      select ${`claim-${token.slice(0, 6)}@proef.test`}, 'Claim Proef', '1980-01-01', s.id, '{1,2,3,4,5,6,7}', '{morning,afternoon,evening}', '2099-12-31', ${sha256(randomBytes(8).toString("hex"))}
      from services s where s.slug = 'vervolgbehandeling' returning id`;
    const [offer] = await sql<{ id: string }[]>`
      insert into waitlist_offers (entry_id, therapist_id, starts_at, ends_at, token_hash, expires_at)
      select ${entry!.id}, t.id, ${slot}::timestamptz, ${slot}::timestamptz + interval '30 minutes', ${sha256(token)}, now() + interval '30 minutes'
      from therapists t where t.slug = 'joris-bakker' returning id`;
    const page = await getPage(origin, `/wachtlijst/aanbod/${token}`, clientIp(6));
    const hidden = actionFormFields(page.html);
    if (!hidden) return { name: "two-instances", ok: false, lines: [...lines, `✘ the claim form was not found (status ${page.status})`] };
    const claims = await Promise.all(
      Array.from({ length: CLAIMS }, async (_, i) => {
        const form = new FormData();
        for (const [name, value] of hidden) form.append(name, value);
        const response = await fetch(`${origin}/wachtlijst/aanbod/${token}`, { method: "POST", body: form, redirect: "manual", headers: { origin, "x-forwarded-for": clientIp(3000 + i), accept: "text/html" } });
        const body = await response.text();
        if (response.status >= 300 && response.status < 400 && response.headers.get("location")?.includes("/afspraak/beheer/")) return "booked";
        if (response.status >= 500) return "server_error";
        return body.includes("al voor je geboekt") ? "already_booked" : "other";
      }),
    );
    const counts = tally(claims);
    lines.push(`${CLAIMS} claims of one offer: ${JSON.stringify(counts)}`);
    ok = check(counts.booked === 1 && counts.already_booked === CLAIMS - 1, `claim race: exactly 1 booked, ${CLAIMS - 1} told it is already theirs: ${counts.booked ?? 0} / ${counts.already_booked ?? 0}`) && ok;
    const [booked] = await sql<{ n: number }[]>`select count(*)::int as n from appointments where idempotency_key = ${`waitlist:${offer!.id}`}`;
    ok = check(booked!.n === 1, `claim race: database holds exactly 1 appointment for the offer: ${booked!.n}`) && ok;

    // c. Reminders due over ~20 s; instance 0 is killed hard half-way and started again.
    const [ids] = await sql<{ patient: string; therapist: string; service: string }[]>`
      select (select p.id from patients p join users u on u.id = p.user_id where u.email = 'patient@keten.test') as patient,
             (select id from therapists where slug = 'sanne-de-vries') as therapist,
             (select id from services where slug = 'vervolgbehandeling') as service`;
    const run = randomBytes(3).toString("hex");
    const base = Date.UTC(new Date().getUTCFullYear() + 2, 0, 4, 8, 0);
    const appointmentIds: string[] = [];
    for (let i = 0; i < REMINDERS; i++) {
      const startsAt = new Date(base + i * 3_600_000);
      const [row] = await sql<{ id: string }[]>`
        insert into appointments (therapist_id, patient_id, service_id, starts_at, ends_at, status, idempotency_key)
        values (${ids!.therapist}, ${ids!.patient}, ${ids!.service}, ${startsAt}, ${new Date(startsAt.getTime() + 1_800_000)}, 'confirmed', ${`proof-${run}-${i}`}) returning id`;
      appointmentIds.push(row!.id);
      await sql`insert into jobs (kind, payload, run_at, dedupe_key) values ('reminder.send', ${sql.json({ appointmentId: row!.id, startsAt: startsAt.toISOString(), reminder: "email" })}, now() + ${`${Math.round((i * 20_000) / REMINDERS)} milliseconds`}::interval, ${`proof-reminder-${run}-${i}`})`;
    }
    await sleep(7_000);
    await context.instances[0]!.kill("SIGKILL");
    lines.push(`instance on port ${context.instances[0]!.port} killed (SIGKILL) 7 s into the reminders`);
    await sleep(5_000);
    await context.restart(0);
    lines.push(`instance on port ${context.instances[0]!.port} started again`);
    let left = REMINDERS;
    for (let waited = 0; waited < 180 && left > 0; waited += 2) {
      await sleep(2_000);
      const [row] = await sql<{ n: number }[]>`select count(*)::int as n from jobs where dedupe_key like ${`proof-reminder-${run}-%`} and status <> 'done'`;
      left = row!.n;
    }
    // Each reminder sets its appointment's reminder link; with exactly N e-mails, every appointment got exactly one.
    const [reminded] = await sql<{ n: number }[]>`select count(*)::int as n from appointments where id = any(${sql.array(appointmentIds)}::uuid[]) and reminder_token_hash is not null`;
    const [sent] = await sql<{ n: number }[]>`select count(*)::int as n from outbox_emails where kind = 'appointment_reminder' and created_at > now() - interval '10 minutes'`;
    const [byInstance] = await sql<{ n: number }[]>`select count(distinct claimed_by)::int as n from jobs where dedupe_key like ${`proof-reminder-${run}-%`}`;
    ok = check(left === 0, `reminders: all ${REMINDERS} reminder jobs done: ${REMINDERS - left}`) && ok;
    ok = check(sent!.n === REMINDERS, `reminders: exactly ${REMINDERS} reminder e-mails queued, one per appointment: ${sent!.n}`) && ok;
    ok = check(reminded!.n === REMINDERS, `reminders: every one of the ${REMINDERS} appointments got its reminder: ${reminded!.n}`) && ok;
    lines.push(`the reminder jobs were run by ${byInstance!.n} worker processes`);
  } finally {
    await sql.end({ timeout: 5 });
  }
  return { name: "two-instances", ok, lines };
}

/** Starts two instances and the proxy, runs the proof, stops everything (also when it fails). */
export async function runTwoInstances(env: NodeJS.ProcessEnv, databaseUrl: string, adminUrl: string): Promise<ProofResult> {
  const { freePort } = await import("./support");
  const { roundRobinProxy, startInstance } = await import("./instances");
  const ports = [await freePort(), await freePort()];
  const instances: Instance[] = [];
  const alive = new Set<number>();
  const proxy = await roundRobinProxy(() => ports.filter((p) => alive.has(p)));
  // The public address is the proxy's, as behind a real load balancer (the request guard checks Origin against it).
  const instanceEnv = (_port: number): NodeJS.ProcessEnv => ({ ...env, APP_URL: proxy.origin, JOB_LEASE_SECONDS: "10", JOB_POLL_MS: "500" });
  try {
    for (const port of ports) {
      instances.push(await startInstance(instanceEnv(port), port));
      alive.add(port);
    }
    const restart = async (index: number) => {
      alive.delete(ports[index]!);
      await instances[index]!.kill("SIGKILL");
      instances[index] = await startInstance(instanceEnv(ports[index]!), ports[index]!);
      alive.add(ports[index]!);
    };
    const context: TwoInstances = { origin: proxy.origin, databaseUrl, adminUrl, instances, restart };
    // The kill inside the proof goes through `instances[0].kill`; keep the proxy away from it meanwhile.
    const kill0 = instances[0]!.kill;
    instances[0]!.kill = async (signal) => {
      alive.delete(ports[0]!);
      await kill0(signal);
    };
    return await twoInstances(context);
  } finally {
    for (const instance of instances) await instance.kill();
    await proxy.close();
  }
}
