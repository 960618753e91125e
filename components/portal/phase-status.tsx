import type { PlanPhaseView } from "@/lib/data/plan";

const labels: Record<PlanPhaseView["status"], string> = { done: "Afgerond", current: "Nu bezig", upcoming: "Komt nog" };
const tones: Record<PlanPhaseView["status"], string> = {
  done: "border-ok bg-ok-soft text-ok",
  current: "border-brand bg-brand text-white",
  upcoming: "border-line bg-surface text-muted",
};

/** The status of a phase in words (never colour alone). */
export function PhaseStatus({ status }: { status: PlanPhaseView["status"] }) {
  return <span className={`inline-block rounded-full border px-2.5 py-0.5 text-sm font-medium ${tones[status]}`}>{labels[status]}</span>;
}
