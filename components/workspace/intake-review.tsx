import { triageView } from "@/lib/booking/triage-view";
import type { PatientIntake } from "@/lib/data/staff/patients";
import { formatDate } from "@/lib/time/format";
import { groupedIntakeAnswers } from "@/lib/validation/intake-groups";
import { WarningSignsPanel } from "./warning-signs";
import { AnswerList } from "@/components/ui/answer-list";

const sides: Record<string, string> = { left: "links", right: "rechts", both: "beide kanten", not_applicable: "" };

/** One intake for the therapist: warning signs first, then the key facts, then every answer by topic. */
/** `groupHeading`: the heading level of each topic, one below the heading the review sits under. */
export function IntakeReview({ intake, groupHeading: Group = "h4" }: { intake: PatientIntake; groupHeading?: "h2" | "h3" | "h4" }) {
  return (
    <div>
      <WarningSignsPanel triage={triageView(intake.triageOutcome, intake.redFlags)} />
      <p className="mt-3">
        {intake.complaintLocation} {sides[intake.complaintSide] ?? ""} · {intake.onset === "acute" ? "acuut begonnen" : "geleidelijk begonnen"} · pijn nu{" "}
        {intake.painNow}/10, op het ergst {intake.painWorst}/10
      </p>
      <p className="text-sm text-muted">Ingevuld op {formatDate(intake.createdAt)}.</p>
      {groupedIntakeAnswers(intake.answers).map((group) => (
        <section key={group.title} className="mt-4">
          <Group className="font-semibold">{group.title}</Group>
          <AnswerList pairs={group.pairs} className="mt-1 gap-y-1 text-sm" />
        </section>
      ))}
    </div>
  );
}
