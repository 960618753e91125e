/**
 * Audit events in Dutch words for the admin's audit log. Actions are stable codes written by lib/data; known
 * ones have their own wording, unknown "record.verb" codes (added by later features) are put together from
 * their parts, and anything else is shown as the code itself, so no event is ever hidden.
 */
const ACTIONS: Record<string, string> = {
  "appointment.booked": "Afspraak geboekt",
  "appointment.cancelled": "Afspraak geannuleerd",
  "appointment.rescheduled": "Afspraak verzet",
  "appointment.viewed": "Afspraak ingezien",
  "intake.viewed": "Intake ingezien",
  read_plan: "Oefenplan ingezien",
  read_progress: "Voortgang ingezien",
  export_patient_data: "Gegevens van patiënt gedownload",
  export_own_data: "Eigen gegevens gedownload",
  password_changed: "Wachtwoord gewijzigd",
  password_reset: "Wachtwoord hersteld via link",
  password_link_requested: "Wachtwoordlink aangevraagd",
  account_activated: "Account geactiveerd",
  logged_out_everywhere: "Overal uitgelogd",
  "audit.viewed": "Inzagelog bekeken",
  "staff.created": "Medewerkersaccount aangemaakt",
  "staff.role_changed": "Rol van medewerker gewijzigd",
  "staff.deactivated": "Medewerker gedeactiveerd",
  "staff.reactivated": "Medewerker opnieuw geactiveerd",
  "staff.invitation_sent": "Nieuwe activeringslink verstuurd",
  "availability.block_added": "Werktijden toegevoegd",
  "availability.block_changed": "Werktijden gewijzigd",
  "availability.block_ended": "Werktijden beëindigd",
  "availability.block_removed": "Werktijden verwijderd",
  "availability.absence_added": "Afwezigheid toegevoegd",
  "availability.absence_removed": "Afwezigheid verwijderd",
  "availability.extra_hours_added": "Extra uren toegevoegd",
  "availability.extra_hours_removed": "Extra uren verwijderd",
  "exercise_log.created": "Oefensessie vastgelegd door patiënt",
  "exercise_log.updated": "Oefensessie aangepast door patiënt",
  "exercise_log.morning_pain": "Pijn van de ochtend erna ingevuld door patiënt",
  "job.retried": "Mislukte taak opnieuw ingepland",
  "waitlist.joined": "Op de wachtlijst gezet",
  "calendar_feed.renewed": "Agendalink gemaakt",
  "calendar_feed.stopped": "Agendalink gestopt",
  "waitlist.left": "Van de wachtlijst af",
  "waitlist.viewed": "Wachtlijst bekeken",
  "practice.rules_changed": "Praktijkregels gewijzigd",
  "service.price_changed": "Tarief van een behandeling gewijzigd",
  "reminders.preferences_changed": "Herinneringskeuzes gewijzigd door patiënt",
  "retention.record_purged": "Dossier verwijderd na de bewaartermijn",
  "erasure.requested": "Verzoek om verwijdering ingediend door patiënt",
  "erasure.answered": "Verzoek om verwijdering beantwoord",
  "erasure.account_closed": "Portaalaccount gesloten op verzoek van patiënt",
  "erasure.viewed": "Verwijderverzoeken ingezien",
};

const RECORDS: Record<string, string> = {
  job: "taak",
  service: "behandeling",
  appointment: "afspraak",
  intake: "intake",
  plan: "oefenplan",
  plan_phase: "fase",
  plan_exercise: "oefening in plan",
  assessment: "beoordeling",
  assessment_revision: "beoordeling (versie)",
  exercise: "oefening",
  exercise_logs: "oefenlogboek",
  exercise_log: "oefensessie",
  patient: "patiënt",
  user: "account",
  availability_rule: "werktijden",
  availability_exception: "afwezigheid of extra uren",
  audit_log: "inzagelog",
};

const VERBS: Record<string, string> = {
  viewed: "ingezien",
  read: "ingezien",
  listed: "ingezien (lijst)",
  created: "aangemaakt",
  added: "toegevoegd",
  updated: "gewijzigd",
  changed: "gewijzigd",
  amended: "aangevuld (nieuwe versie)",
  removed: "verwijderd",
  deleted: "verwijderd",
  retired: "uit gebruik genomen",
  advanced: "doorgezet naar de volgende fase",
  assigned: "toegewezen",
  searched: "gezocht",
  marked: "gemarkeerd",
  exported: "gedownload",
};

export function actionLabel(action: string): string {
  const known = ACTIONS[action];
  if (known) return known;
  const [record, verb, ...rest] = action.split(".");
  if (record && verb && rest.length === 0) {
    const noun = RECORDS[record];
    const done = VERBS[verb];
    if (noun && done) return `${noun.charAt(0).toUpperCase()}${noun.slice(1)} ${done}`;
  }
  return action;
}

export function recordTypeLabel(recordType: string | null): string | null {
  if (!recordType) return null;
  return RECORDS[recordType] ?? recordType;
}

const ROLES: Record<string, string> = {
  patient: "patiënt",
  therapist: "fysiotherapeut",
  admin: "beheerder",
  system: "systeem",
  anonymous: "niet ingelogd",
};

export function roleLabel(role: string): string {
  return ROLES[role] ?? role;
}
