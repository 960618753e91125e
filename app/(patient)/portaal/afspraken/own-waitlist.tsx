import type { Session } from "next-auth";
import Link from "next/link";
import { ButtonForm } from "@/components/staff-settings/button-form";
import { Section } from "@/components/ui/section";
import { listOwnWaitlist } from "@/lib/data/waitlist";
import { formatCalendarDate } from "@/lib/time/format";
import { dayPartLabels, weekdayLabels, type DayPart } from "@/lib/waitlist/match";
import { leaveOwnWaitlistAction } from "./waitlist-actions";

/** The patient's own waitlist entries, with a way off each and a way on. */
export async function OwnWaitlist({ session }: { session: Session | null }) {
  const entries = await listOwnWaitlist(session);
  return (
    <Section id="wachtlijst" title="Wachtlijst" className="mt-10">
      {entries.length === 0 ? (
        <p className="mt-2">Je staat niet op de wachtlijst.</p>
      ) : (
        <ul className="mt-3 space-y-3">
          {entries.map((entry) => (
            <li key={entry.id} className="rounded-lg border border-line p-4">
              <p className="font-medium">
                {entry.serviceName} · {entry.therapistName ?? "geen voorkeur voor een fysiotherapeut"}
              </p>
              <p className="text-muted">
                {entry.weekdays.map((d) => weekdayLabels[d]).join(", ")}; {entry.dayParts.map((p) => dayPartLabels[p as DayPart]).join(", ")}; tot en met {formatCalendarDate(entry.untilDate)}
              </p>
              <ButtonForm action={leaveOwnWaitlistAction} fields={{ entryId: entry.id }} label="Van de wachtlijst af" accessibleLabel={`Van de wachtlijst af: ${entry.serviceName}`} />
            </li>
          ))}
        </ul>
      )}
      <p className="mt-3">
        <Link href="/wachtlijst" className="underline underline-offset-2">Zet je op de wachtlijst</Link> als je geen passende tijd vindt.
      </p>
    </Section>
  );
}
