import { addDays } from "@/lib/time/zone";

/**
 * The audit log's filters as they travel in the URL (a GET form, so a filtered view can be bookmarked).
 * Parsed leniently: a value that does not fit is dropped and reported, never passed to a query.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type AuditLogFilters = {
  /** One patient, chosen from a row or the search results. */
  patientId?: string;
  /** Part of a patient's name or e-mail address. */
  patientQuery?: string;
  staffUserId?: string;
  fromDate?: string;
  toDate?: string;
  /** One kind of event (views, changes, appointments, accounts and settings). */
  kind?: AuditKind;
  /** Keyset pagination: events with a smaller id than this (older). */
  before?: number;
};

export const auditKinds = ["inzage", "wijziging", "afspraken", "accounts"] as const;
export type AuditKind = (typeof auditKinds)[number];
export const auditKindLabels: Record<AuditKind, string> = {
  inzage: "Inzage (bekijken en downloaden)",
  wijziging: "Wijzigingen in dossiers",
  afspraken: "Afspraken",
  accounts: "Accounts, team en instellingen",
};

export type AuditLogParams = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;
const isDate = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v) && addDays(v, 0) === v;

export function parseAuditLogFilters(params: AuditLogParams): { filters: AuditLogFilters; errors: Partial<Record<"van" | "tot", string>> } {
  const filters: AuditLogFilters = {};
  const errors: Partial<Record<"van" | "tot", string>> = {};
  const patient = first(params.patient);
  if (patient && UUID.test(patient)) filters.patientId = patient.toLowerCase();
  const query = first(params.zoek);
  if (query) filters.patientQuery = query.slice(0, 100);
  const staff = first(params.medewerker);
  if (staff && UUID.test(staff)) filters.staffUserId = staff.toLowerCase();
  const from = first(params.van);
  if (from) {
    if (isDate(from)) filters.fromDate = from;
    else errors.van = "Vul een geldige datum in.";
  }
  const to = first(params.tot);
  if (to) {
    if (isDate(to)) filters.toDate = to;
    else errors.tot = "Vul een geldige datum in.";
  }
  if (filters.fromDate && filters.toDate && filters.toDate < filters.fromDate) {
    errors.tot = "De einddatum moet op of na de begindatum liggen.";
    delete filters.toDate;
  }
  const kind = first(params.soort);
  if (kind && (auditKinds as readonly string[]).includes(kind)) filters.kind = kind as AuditKind;
  const before = first(params.voor);
  if (before && /^\d{1,15}$/.test(before)) filters.before = Number(before);
  return { filters, errors };
}

/** The URL of the audit log with these filters (and optionally a page). */
export function auditLogHref(filters: AuditLogFilters): string {
  const params = new URLSearchParams();
  if (filters.patientId) params.set("patient", filters.patientId);
  if (filters.patientQuery) params.set("zoek", filters.patientQuery);
  if (filters.staffUserId) params.set("medewerker", filters.staffUserId);
  if (filters.fromDate) params.set("van", filters.fromDate);
  if (filters.toDate) params.set("tot", filters.toDate);
  if (filters.kind) params.set("soort", filters.kind);
  if (filters.before) params.set("voor", String(filters.before));
  const query = params.toString();
  return query ? `/praktijk/inzagelog?${query}` : "/praktijk/inzagelog";
}

/** The CSV download of the same filtered list (without the page). */
export function auditLogCsvHref(filters: AuditLogFilters): string {
  const { before: _page, ...rest } = filters;
  return auditLogHref(rest).replace("/praktijk/inzagelog", "/praktijk/inzagelog/export");
}
