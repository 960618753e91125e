import { formatPlainDate } from "@/lib/time/format";

/**
 * The pain rule (Silbernagel's pain-monitoring model) as the portal applies it. Pure.
 *
 * Per session the patient gives two scores: pain during the exercises (0–10) and, the next morning, how it
 * feels then (0–10). Each phase of the plan has two thresholds the therapist sets:
 * - `maxDuring`: the most pain during exercise that is acceptable (5 by default; 0 in the first phase of an
 *   acute strain, where the rule is "pijnvrij");
 * - `maxMorning`: the morning score up to which the pain counts as settled. A morning score no higher than
 *   the previous session's morning also counts as settled: what matters is that it does not build up.
 *
 * From these the patient reads, per session: verder opbouwen (comfortably within both limits), zo houden
 * (within the limits) or een stap terug (a limit broken), always with the reason. Until the morning score
 * is in, a session within its limit is "wait".
 */
export type PainThresholds = { maxDuring: number; maxMorning: number };
export type Verdict = "build" | "hold" | "step_back" | "wait";
export type SessionScores = { date: string; during: number | null; morning: number | null };
export type Advice = { verdict: Verdict; reason: string };

export const defaultThresholds: PainThresholds = { maxDuring: 5, maxMorning: 2 };
/** Phase 1 of an acute strain: exercise without pain. */
export const painFreeThresholds: PainThresholds = { maxDuring: 0, maxMorning: 2 };

export const verdictLabels: Record<Verdict, string> = {
  build: "Verder opbouwen",
  hold: "Zo houden",
  step_back: "Een stap terug",
  wait: "Nog even afwachten",
};

const comfortable = (limit: number) => Math.floor(limit / 2);

export function adviseSession(scores: Omit<SessionScores, "date">, thresholds: PainThresholds, previousMorning: number | null = null): Advice | null {
  const { during, morning } = scores;
  if (during === null && morning === null) return null;
  const painFree = thresholds.maxDuring === 0;
  if (during !== null && during > thresholds.maxDuring) {
    return {
      verdict: "step_back",
      reason: painFree
        ? `In deze fase oefen je pijnvrij, en tijdens het oefenen had je ${during}/10. Doe het de volgende keer lichter of korter, zodat het zonder pijn gaat.`
        : `Tijdens het oefenen had je ${during}/10 pijn; de grens in deze fase is ${thresholds.maxDuring}/10. Maak de oefeningen de volgende keer lichter.`,
    };
  }
  if (morning === null) {
    return { verdict: "wait", reason: "Tijdens het oefenen bleef je binnen de grens. Morgenochtend vragen we hoe het voelt; dan weet je of je kunt opbouwen." };
  }
  const settled = morning <= thresholds.maxMorning || (previousMorning !== null && morning <= previousMorning);
  if (!settled) {
    return {
      verdict: "step_back",
      reason: `De ochtend erna was de pijn ${morning}/10: nog niet gezakt (de grens is ${thresholds.maxMorning}/10). Doe de volgende sessie lichter en kijk hoe het dan gaat.`,
    };
  }
  const duringText = during === null ? "" : `Tijdens het oefenen ${during}/10, `;
  if ((during ?? 0) <= comfortable(thresholds.maxDuring) && morning <= comfortable(thresholds.maxMorning)) {
    return { verdict: "build", reason: `${duringText}de ochtend erna ${morning}/10: ruim binnen de grenzen. Je kunt verder opbouwen zoals je plan aangeeft.` };
  }
  return { verdict: "hold", reason: `${duringText}de ochtend erna ${morning}/10: binnen de grenzen. Houd de belasting zoals die is.` };
}

/** Advice for each session in date order, each judged against the morning before it. */
export function adviseSessions(sessions: readonly SessionScores[], thresholdsOn: (date: string) => PainThresholds): (SessionScores & { advice: Advice | null })[] {
  let previousMorning: number | null = null;
  return [...sessions]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((session) => {
      const advice = adviseSession(session, thresholdsOn(session.date), previousMorning);
      if (session.morning !== null) previousMorning = session.morning;
      return { ...session, advice };
    });
}

export type TherapistFlag = { kind: "broken_twice" | "rising"; reason: string };

function average(values: number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/**
 * A flag for the therapist: the rule broken in the last two judged sessions in a row, or pain rising over the
 * last week (the mean of the worst score per session in the last 7 days at least 1 point above the 7 days
 * before, with two or more sessions in each week). `today` bounds the weeks.
 */
export function therapistFlag(judged: readonly (SessionScores & { advice: Advice | null })[], today: string, addDays: (date: string, days: number) => string): TherapistFlag | null {
  const withAdvice = judged.filter((s) => s.advice !== null && s.advice.verdict !== "wait");
  const lastTwo = withAdvice.slice(-2);
  if (lastTwo.length === 2 && lastTwo.every((s) => s.advice!.verdict === "step_back")) {
    return { kind: "broken_twice", reason: `De pijnregel is twee sessies op rij overschreden (${lastTwo.map((s) => formatPlainDate(s.date)).join(" en ")}).` };
  }
  const worst = (s: SessionScores) => Math.max(s.during ?? 0, s.morning ?? 0);
  const scored = judged.filter((s) => s.during !== null || s.morning !== null);
  const weekStart = addDays(today, -6);
  const previousStart = addDays(today, -13);
  const thisWeek = scored.filter((s) => s.date >= weekStart && s.date <= today).map(worst);
  const lastWeek = scored.filter((s) => s.date >= previousStart && s.date < weekStart).map(worst);
  if (thisWeek.length >= 2 && lastWeek.length >= 2 && average(thisWeek) - average(lastWeek) >= 1) {
    return { kind: "rising", reason: `De pijn stijgt: gemiddeld ${average(thisWeek).toFixed(1)}/10 deze week tegen ${average(lastWeek).toFixed(1)}/10 de week ervoor.` };
  }
  return null;
}
