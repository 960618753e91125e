import Link from "next/link";
import type { TimelineItem } from "@/lib/data/staff/timeline";
import { formatDate, formatTime } from "@/lib/time/format";
import { AppointmentStatusTag } from "./appointment-status";

/** The record's one timeline, newest first: each visit with its note, assessments and plan phases. */
export function PatientTimeline({ items, patientId }: { items: TimelineItem[]; patientId: string }) {
  const base = `/praktijk/patienten/${patientId}`;
  if (items.length === 0) return <p className="mt-2 text-muted">Nog niets in het dossier: geen bezoeken, beoordelingen of plan.</p>;
  return (
    <ol className="mt-4 space-y-3 border-l-2 border-line pl-4">
      {items.map((item) => (
        <li key={`${item.kind}-${"id" in item ? item.id : item.kind === "plan_version" ? `${item.planTitle}-${item.version}` : `${item.position}-${item.event}`}-${item.at.getTime()}`} className="relative">
          <p className="text-sm text-muted">
            <time dateTime={item.at.toISOString()}>
              {formatDate(item.at)}, {formatTime(item.at)}
            </time>
          </p>
          <TimelineEntry item={item} base={base} />
        </li>
      ))}
    </ol>
  );
}

function TimelineEntry({ item, base }: { item: TimelineItem; base: string }) {
  switch (item.kind) {
    case "visit":
      return (
        <div>
          <p className="flex flex-wrap items-center gap-2">
            <span className="font-medium">
              {item.serviceName} bij {item.therapistName}
            </span>
            <AppointmentStatusTag status={item.status} />
          </p>
          {item.note ? (
            <p className="mt-1">
              <span className="text-muted">Notitie{item.note.revisions > 1 ? ` (versie ${item.note.revisions})` : ""}:</span> {item.note.summary || "zonder klachten of behandeling"}{" "}
              <Link href={`${base}/afspraken/${item.id}`} className="underline underline-offset-2">
                Notitie openen<span className="sr-only"> van {formatDate(item.at)}</span>
              </Link>
            </p>
          ) : item.status !== "cancelled" ? (
            <p className="mt-1">
              <Link href={`${base}/afspraken/${item.id}`} className="underline underline-offset-2">
                Notitie schrijven<span className="sr-only"> bij {formatDate(item.at)}</span>
              </Link>
            </p>
          ) : null}
        </div>
      );
    case "assessment":
      return (
        <p>
          <Link href={`${base}/beoordelingen/${item.id}`} className="font-medium underline underline-offset-2">
            Beoordeling bewegingsketen
          </Link>
          {item.revisions > 1 ? <span className="text-muted"> (versie {item.revisions})</span> : null}
          {item.strength ? ` · kracht hamstring links ${item.strength.left} N, rechts ${item.strength.right} N (${Math.round((Math.min(item.strength.left, item.strength.right) / Math.max(item.strength.left, item.strength.right)) * 100)}%)` : ""}
          {item.conclusion ? <span className="block">{item.conclusion}</span> : null}
        </p>
      );
    case "phase":
      return (
        <p>
          <span className="font-medium">
            {item.event === "started" ? "Fase gestart" : "Fase afgerond"}: {item.position}. {item.title}
          </span>{" "}
          <span className="text-muted">({item.planTitle})</span>
        </p>
      );
    case "plan_version":
      return (
        <p>
          <Link href={`${base}/plan#plan-versies`} className="font-medium underline underline-offset-2">
            {item.version === 1 ? "Oefenplan gepubliceerd" : `Oefenplan gewijzigd: versie ${item.version}`}
          </Link>{" "}
          <span className="text-muted">({item.planTitle})</span>
        </p>
      );
    case "measure":
      return (
        <p>
          <span className="font-medium">{item.label}</span>: {item.value}
        </p>
      );
  }
}
