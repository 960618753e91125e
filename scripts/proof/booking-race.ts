// Proof 1: 100 visitors submit the booking of the SAME slot at the same moment, each from their own address
// with their own e-mail and form key → exactly one is confirmed, 99 are told kindly that the time was just
// taken, none gets a server error; the database holds exactly one appointment in that slot.
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { actionFormFields, clientIp, dayLinks, getPage, intakeAnswers, offeredTimes, submitBooking, tally, type ProofContext, type ProofResult } from "./support";

const SUBMISSIONS = Number(process.env.PROOF_RACE_SUBMISSIONS ?? 100);
const SERVICE = "bewegingsketenanalyse";
const THERAPIST = "sanne-de-vries";

export async function bookingRace({ origin, databaseUrl }: ProofContext): Promise<ProofResult> {
  const lines: string[] = [];
  const check = (ok: boolean, text: string) => {
    lines.push(`${ok ? "✔" : "✘"} ${text}`);
    return ok;
  };

  // The first free time: the picker's first day, or else the days it links to (the first day shown may
  // have nothing left, e.g. late at night when the notice period covers the rest of it).
  const base = { dienst: SERVICE, therapeut: THERAPIST };
  const picker = await getPage(origin, `/afspraak?${new URLSearchParams(base).toString()}`, clientIp(1));
  let slot = offeredTimes(picker.html)[0];
  for (const day of slot ? [] : dayLinks(picker.html)) {
    slot = offeredTimes((await getPage(origin, `/afspraak?${new URLSearchParams({ ...base, dag: day }).toString()}`, clientIp(1))).html)[0];
    if (slot) break;
  }
  if (!slot) return { name: "booking-race", ok: false, lines: [`✘ no free time offered for ${THERAPIST} (status ${picker.status})`] };
  const pagePath = `/afspraak?${new URLSearchParams({ dienst: SERVICE, therapeut: THERAPIST, tijd: slot }).toString()}`;
  const page = await getPage(origin, pagePath, clientIp(2));
  const hidden = actionFormFields(page.html);
  if (!hidden || !hidden.some(([n]) => n === "sleutel")) return { name: "booking-race", ok: false, lines: [`✘ the intake form was not found on ${pagePath} (status ${page.status})`] };
  lines.push(`slot: ${THERAPIST}, ${SERVICE}, ${slot}; the form posts ${hidden.length} hidden fields (${hidden.map(([n]) => n).filter((n) => n.startsWith("$")).join(", ")})`);

  const run = randomBytes(3).toString("hex");
  const started = performance.now();
  const outcomes = await Promise.all(
    Array.from({ length: SUBMISSIONS }, (_, i) =>
      submitBooking(
        origin,
        pagePath,
        hidden,
        intakeAnswers({ name: `Race Bezoeker ${i}`, email: `race-${run}-${i}@proef.test` }),
        randomBytes(18).toString("base64url"),
        clientIp(1000 + i),
      ),
    ),
  );
  const seconds = (performance.now() - started) / 1000;
  const counts = tally(outcomes.map((o) => o.outcome));
  const statuses = tally(outcomes.map((o) => String(o.status)));
  lines.push(`${SUBMISSIONS} submissions answered in ${seconds.toFixed(1)} s: ${JSON.stringify(counts)}; HTTP statuses ${JSON.stringify(statuses)}`);
  const takenTexts = tally(outcomes.filter((o) => o.outcome === "taken").map((o) => o.detail ?? ""));
  if (Object.keys(takenTexts).length) lines.push(`the "taken" answers said: ${Object.entries(takenTexts).map(([text, n]) => `"${text} …" × ${n}`).join(", ")}`);
  for (const odd of outcomes.filter((o) => o.outcome !== "confirmed" && o.outcome !== "taken").slice(0, 3)) lines.push(`  e.g. ${odd.outcome} ${odd.status}: ${odd.detail ?? ""}`);

  let ok = true;
  ok = check((counts.confirmed ?? 0) === 1, `exactly 1 confirmed (a redirect to /afspraak/bevestigd): ${counts.confirmed ?? 0}`) && ok;
  ok = check((counts.taken ?? 0) === SUBMISSIONS - 1, `${SUBMISSIONS - 1} friendly "taken" answers: ${counts.taken ?? 0}`) && ok;
  const fiveHundreds = outcomes.filter((o) => o.status >= 500).length;
  ok = check(fiveHundreds === 0 && !counts.network_error, `0 × 5xx and 0 broken connections: ${fiveHundreds} × 5xx, ${counts.network_error ?? 0} broken`) && ok;

  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const [inSlot] = await sql<{ n: number }[]>`
      select count(*)::int as n from appointments a join therapists t on t.id = a.therapist_id
      where t.slug = ${THERAPIST} and a.status <> 'cancelled' and a.starts_at < ${new Date(slot)}::timestamptz + interval '60 minutes'
        and a.ends_at > ${new Date(slot)}::timestamptz`;
    const [raceBookings] = await sql<{ n: number }[]>`
      select count(*)::int as n from appointments a join patients p on p.id = a.patient_id join users u on u.id = p.user_id
      where u.email like ${`race-${run}-%@proef.test`}`;
    ok = check(inSlot!.n === 1, `database: exactly 1 non-cancelled appointment in that slot: ${inSlot!.n}`) && ok;
    ok = check(raceBookings!.n === 1, `database: exactly 1 appointment for the ${SUBMISSIONS} race visitors: ${raceBookings!.n}`) && ok;
  } finally {
    await sql.end({ timeout: 5 });
  }
  return { name: "booking-race", ok, lines };
}
