import { addDays, startOfIsoWeek } from "@/lib/time/zone";

/**
 * The agenda's choices as they travel in the URL (`?dag=2026-11-23`, `?week=2026-11-23&weergave=week`,
 * `&therapeut=sanne-de-vries|alle`, `&geannuleerd=1`). Parsed leniently: anything unrecognised is the default.
 */
export type AgendaMode = "dag" | "week";
export type AgendaChoice = { mode: AgendaMode; date: string; therapist?: string; showCancelled: boolean };

export const ALL_THERAPISTS = "alle";

type Params = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

function validDate(value: string | undefined): string | undefined {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const [y, m, d] = value.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 2000 || y > 2100 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return value;
}

export function parseAgendaChoice(params: Params, today: string): AgendaChoice {
  const week = validDate(first(params.week));
  const day = validDate(first(params.dag));
  const mode: AgendaMode = first(params.weergave) === "week" || (week && !day) ? "week" : "dag";
  const therapist = first(params.therapeut);
  return {
    mode,
    date: day ?? week ?? today,
    therapist: therapist && /^[a-z0-9-]{1,80}$/.test(therapist) ? therapist : undefined,
    showCancelled: first(params.geannuleerd) === "1",
  };
}

/** The local dates the choice covers (inclusive): one day, or Monday to Sunday. */
export function agendaRange(choice: Pick<AgendaChoice, "mode" | "date">): { fromDate: string; toDate: string } {
  if (choice.mode === "dag") return { fromDate: choice.date, toDate: choice.date };
  const fromDate = startOfIsoWeek(choice.date);
  return { fromDate, toDate: addDays(fromDate, 6) };
}

/** The agenda URL for a choice; the defaults are left out. */
export function agendaHref(choice: Partial<AgendaChoice>, base = "/praktijk"): string {
  const params = new URLSearchParams();
  if (choice.mode === "week") {
    if (choice.date) params.set("week", startOfIsoWeek(choice.date));
    params.set("weergave", "week");
  } else if (choice.date) params.set("dag", choice.date);
  if (choice.therapist) params.set("therapeut", choice.therapist);
  if (choice.showCancelled) params.set("geannuleerd", "1");
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}

/** Previous, next and today for the day or week shown. */
export function agendaSteps(choice: AgendaChoice, today: string) {
  const step = choice.mode === "week" ? 7 : 1;
  return {
    previous: agendaHref({ ...choice, date: addDays(choice.date, -step) }),
    next: agendaHref({ ...choice, date: addDays(choice.date, step) }),
    today: agendaHref({ ...choice, date: today }),
  };
}
