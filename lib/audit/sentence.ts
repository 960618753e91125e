/**
 * An audit event as one Dutch sentence with names, for people (issue 17, point 8): "Sanne de Vries opende
 * het oefenplan van L. Visser". The patient is shown as initial and surname; an event without a name of its
 * own (a system job, someone not logged in) says so. Unknown actions fall back to the label, so nothing is
 * ever hidden. Pure.
 */
import { actionLabel } from "./labels";

/** "Lotte Visser" → "L. Visser"; "Ruben de Graaf" → "R. de Graaf". */
export function shortName(fullName: string): string {
  const parts = fullName.trim().split(/\s+/);
  if (parts.length < 2) return fullName.trim();
  return `${parts[0]!.charAt(0).toUpperCase()}. ${parts.slice(1).join(" ")}`;
}

/** Each phrase follows the actor's name; `{p}` is the patient. */
const PHRASES: Record<string, string> = {
  "patient.viewed": "opende het dossier van {p}",
  "patient.searched": "zocht in de patiëntenlijst",
  "intake.viewed": "bekeek de intake van {p}",
  "appointment.viewed": "bekeek een afspraak van {p}",
  "appointment.booked": "boekte een afspraak voor {p}",
  "appointment.cancelled": "annuleerde een afspraak van {p}",
  "appointment.rescheduled": "verzette een afspraak van {p}",
  "appointment.attended": "registreerde {p} als aanwezig",
  "appointment.no_show": "registreerde {p} als niet verschenen",
  "assessment.viewed": "bekeek een beoordeling van {p}",
  "assessment.listed": "bekeek de beoordelingen van {p}",
  "assessment.form_viewed": "opende een nieuwe beoordeling voor {p}",
  "assessment.created": "legde een beoordeling vast voor {p}",
  "assessment.amended": "vulde een beoordeling van {p} aan",
  "visit_note.viewed": "las een behandelnotitie van {p}",
  "visit_note.created": "schreef een behandelnotitie voor {p}",
  "visit_note.amended": "vulde een behandelnotitie van {p} aan",
  read_plan: "opende het oefenplan van {p}",
  "plan.viewed": "opende het oefenplan van {p}",
  "plan.created": "stelde een oefenplan op voor {p}",
  "plan.stopped": "stopte het oefenplan van {p}",
  "plan.phase_advanced": "zette het oefenplan van {p} door naar de volgende fase",
  "plan.phase_updated": "paste een fase aan in het oefenplan van {p}",
  "plan.pain_limits_updated": "stelde de pijngrenzen van een fase in voor {p}",
  "plan.phase_added": "voegde een fase toe aan het oefenplan van {p}",
  "plan.exercise_added": "voegde een oefening toe aan het plan van {p}",
  "plan.exercise_removed": "haalde een oefening uit het plan van {p}",
  "plan.exercise_moved": "veranderde de volgorde van oefeningen in het plan van {p}",
  "plan.dosage_updated": "paste de dosering aan in het plan van {p}",
  "plan.published": "publiceerde het oefenplan van {p}",
  read_progress: "bekeek de voortgang van {p}",
  "exercise_log.created": "legde een oefensessie vast",
  "exercise_log.updated": "paste een oefensessie aan",
  export_patient_data: "downloadde de gegevens van {p}",
  export_own_data: "downloadde de eigen gegevens",
  "audit.viewed": "bekeek het inzagelog",
  "audit.exported": "downloadde het inzagelog als CSV",
  "retention.purged": "verwijderde dossiers waarvan de bewaartermijn verstreken is",
  "retention.record_purged": "verwijderde een dossier: de bewaartermijn van 20 jaar na de laatste wijziging was verstreken",
  "erasure.requested": "vroeg om verwijdering van de eigen gegevens",
  "erasure.answered": "beantwoordde het verwijderverzoek van {p}; het dossier blijft bewaard",
  "erasure.account_closed": "sloot op verzoek het portaalaccount van {p}; het dossier blijft bewaard",
  "erasure.viewed": "bekeek de verwijderverzoeken van {p}",
};

export type SentenceInput = {
  actorName: string | null;
  actorRole: string;
  action: string;
  patientName: string | null;
  /** The reader is the patient this event is about (the portal's own list): "{p}" becomes "jouw". */
  forPatient?: boolean;
};

function actorLabel(name: string | null, role: string): string {
  if (name) return name;
  if (role === "system") return "Het systeem";
  if (role === "anonymous") return "Iemand die niet ingelogd was";
  return "Een onbekende gebruiker";
}

export function auditSentence(input: SentenceInput): string {
  const who = actorLabel(input.actorName, input.actorRole);
  const phrase = PHRASES[input.action];
  if (!phrase) {
    const label = actionLabel(input.action);
    return input.patientName ? `${who}: ${label.charAt(0).toLowerCase()}${label.slice(1)} (${shortName(input.patientName)})` : `${who}: ${label.charAt(0).toLowerCase()}${label.slice(1)}`;
  }
  if (!phrase.includes("{p}")) return `${who} ${phrase}`;
  if (input.forPatient) return `${who} ${phrase.replace(/\b(het|de) (\S+) van \{p\}/, "jouw $2").replace("{p}", "jou")}`;
  return `${who} ${phrase.replace("{p}", input.patientName ? shortName(input.patientName) : "een patiënt")}`;
}
