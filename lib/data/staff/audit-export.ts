import "server-only";
import { db } from "@/db";
import { requireAdmin, type SessionLike } from "@/lib/auth/actor";
import type { AuditLogFilters } from "@/lib/validation/audit-log";
import { audit } from "../audit";
import { getBookingSettings } from "../practice-settings";
import { selectAuditEvents } from "./audit-log";

/**
 * The audit log as CSV for the privacy officer (issue 17, point 8): the same filters as the page, every row
 * (not grouped), at most EXPORT_LIMIT rows, newest first. Semicolon-separated with a byte-order mark, as
 * Dutch spreadsheet programs expect; a cell that starts like a formula is prefixed with an apostrophe so a
 * name or note can never run as one. Admins only; the download is itself audited.
 */
export const EXPORT_LIMIT = 20_000;

const HEADER = ["Tijd", "Wie", "Rol", "Gebeurtenis", "Actiecode", "Patiënt", "Gegevens", "Record-id", "IP-adres"];

export function csvCell(value: string | number | null): string {
  let text = value === null ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function localTime(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" }).format(instant);
}

export async function exportAuditLogCsv(session: SessionLike, filters: AuditLogFilters): Promise<{ csv: string; rows: number; truncated: boolean }> {
  const actor = await requireAdmin(session);
  const { timeZone } = await getBookingSettings();
  const { before: _page, ...rest } = filters;
  return db.transaction(async (tx) => {
    const rows = await selectAuditEvents(tx, rest, timeZone, EXPORT_LIMIT + 1);
    const shown = rows.slice(0, EXPORT_LIMIT);
    const lines = [
      HEADER.map(csvCell).join(";"),
      ...shown.map((row) =>
        [localTime(row.occurredAt, timeZone), row.actor.name, row.actor.roleLabel, row.sentence, row.action, row.patient?.name ?? null, row.record.typeLabel, row.record.id, row.ip]
          .map(csvCell)
          .join(";"),
      ),
    ];
    await audit(tx, actor, { action: "audit.exported", recordType: "audit_log", details: { filters: { ...rest }, rows: shown.length } });
    return { csv: `\uFEFF${lines.join("\r\n")}\r\n`, rows: shown.length, truncated: rows.length > EXPORT_LIMIT };
  });
}
