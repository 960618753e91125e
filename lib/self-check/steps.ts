import { triage, type TriageInput, type TriageResult } from "@/lib/triage";
import { selfCheckQuestions, type SelfCheckField, type SelfCheckQuestion } from "./questions";

/**
 * The self-check in steps, decided on the server (no client JavaScript, decision 014): each step asks only
 * the questions that still apply to the answers so far, and the check stops as soon as the advice is clear.
 *
 * - "Ergens anders" stops after the first step: the check is made for the hamstring.
 * - Any sign of a possible tear (knak, deuk, niet kunnen staan, zwelling of blauwe plek, …) stops after the
 *   second step with the urgent advice; nothing after it could make that advice less urgent.
 * - Whoever has no cramp gets no further cramp questions; whoever's pain came on gradually is not asked
 *   about a "knak" at the start.
 */
export type SelfCheckAnswers = Partial<Record<SelfCheckField, string>>;

export type SelfCheckStep = { id: string; title: string; questions: SelfCheckField[] };

const tearSigns: SelfCheckField[] = ["pop", "visibleDent", "weightBearing", "swellingOrBruising", "strengthLoss", "walkingHard"];

/** The steps that apply to these answers, in order. */
export function applicableSteps(answers: SelfCheckAnswers): SelfCheckStep[] {
  const steps: SelfCheckStep[] = [{ id: "klacht", title: "Je klacht", questions: ["location", "onset"] }];
  if (answers.location === "elsewhere") return steps;
  steps.push({ id: "scheur", title: "Tekenen van een scheur", questions: answers.onset === "gradual" ? tearSigns.filter((name) => name !== "pop") : tearSigns });
  steps.push({ id: "kramp", title: "Kramp", questions: ["crampDuration"] });
  if (answers.crampDuration && answers.crampDuration !== "none") {
    steps.push({ id: "kramp-verloop", title: "Hoe je kramp verloopt", questions: ["crampTrend", "crampAtMinimalEffort"] });
  }
  steps.push({ id: "verloop", title: "Verloop en rust", questions: ["oneLegMuchMore", "noImprovementAfterRestWeek"] });
  return steps;
}

export function questionOf(name: SelfCheckField): SelfCheckQuestion {
  const question = selfCheckQuestions.find((q) => q.name === name);
  if (!question) throw new RangeError(name);
  return question;
}

/** True when `value` is one of the answers the question offers. */
export function isAnswer(name: SelfCheckField, value: unknown): value is string {
  return typeof value === "string" && questionOf(name).options.some((option) => option.value === value);
}

const yes = (value: string | undefined) => (value === "yes" ? true : value === "no" ? false : undefined);
const known = <T extends string>(value: string | undefined, allowed: readonly T[]) => ((allowed as readonly string[]).includes(value ?? "") ? (value as T) : undefined);

/**
 * The answers that apply → a triage input. Skipped and "weet ik niet" answers are left out; no cramp
 * means no cramp trend either.
 */
export function toTriageInput(answers: SelfCheckAnswers): TriageInput {
  const applicable = new Set(applicableSteps(answers).flatMap((step) => step.questions));
  const a = Object.fromEntries(Object.entries(answers).filter(([name]) => applicable.has(name as SelfCheckField))) as SelfCheckAnswers;
  const noCramp = a.crampDuration === "none";
  const input: TriageInput = {
    location: known(a.location, ["left", "right", "both", "elsewhere"] as const),
    onset: known(a.onset, ["acute", "gradual"] as const),
    pop: yes(a.pop),
    visibleDent: yes(a.visibleDent),
    weightBearing: known(a.weightBearing, ["normal", "painful", "impossible"] as const),
    swellingOrBruising: yes(a.swellingOrBruising),
    strengthLoss: yes(a.strengthLoss),
    walkingHard: yes(a.walkingHard),
    crampDuration: known(a.crampDuration, ["none", "minutes", "longer"] as const),
    crampTrend: noCramp ? "none" : known(a.crampTrend, ["none", "stable", "increasing"] as const),
    crampAtMinimalEffort: noCramp ? undefined : yes(a.crampAtMinimalEffort),
    oneLegMuchMore: yes(a.oneLegMuchMore),
    noImprovementAfterRestWeek: yes(a.noImprovementAfterRestWeek),
  };
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as TriageInput;
}

export type SelfCheckProgress =
  /** A step still has questions without a valid answer. `missing` is filled only after that step was sent. */
  | { kind: "ask"; step: SelfCheckStep; stepNumber: number; missing: SelfCheckField[] }
  /** The pain is not at the back of the thigh: this check does not fit. */
  | { kind: "elsewhere" }
  | { kind: "advice"; result: TriageResult; input: TriageInput };

/**
 * Where the self-check stands: the next step to answer, or the end. `sentStep` is the step the visitor
 * just sent (its unanswered questions are then marked as missing).
 */
export function selfCheckProgress(answers: SelfCheckAnswers, sentStep?: string): SelfCheckProgress {
  const steps = applicableSteps(answers);
  for (const [index, step] of steps.entries()) {
    const missing = step.questions.filter((name) => !isAnswer(name, answers[name]));
    if (missing.length) return { kind: "ask", step, stepNumber: index + 1, missing: step.id === sentStep ? missing : [] };
    if (step.id === "klacht" && answers.location === "elsewhere") return { kind: "elsewhere" };
    if (step.id === "scheur") {
      const input = toTriageInput(answers);
      const result = triage(input);
      if (result.outcome === "see_soon") return { kind: "advice", result, input };
    }
  }
  const input = toTriageInput(answers);
  return { kind: "advice", result: triage(input), input };
}

/** The step's valid posted answers merged into the earlier ones; anything else in the form is ignored. */
export function mergeStep(previous: SelfCheckAnswers, stepId: string, posted: FormData): SelfCheckAnswers {
  const step = applicableSteps(previous).find((candidate) => candidate.id === stepId);
  if (!step) return previous;
  const next: SelfCheckAnswers = { ...previous };
  for (const name of step.questions) {
    const value = posted.get(name);
    if (isAnswer(name, value)) next[name] = value;
  }
  // A changed first answer can make later answers meaningless (e.g. the location became "ergens anders").
  const applicable = new Set(applicableSteps(next).flatMap((candidate) => candidate.questions));
  return Object.fromEntries(Object.entries(next).filter(([name]) => applicable.has(name as SelfCheckField))) as SelfCheckAnswers;
}
