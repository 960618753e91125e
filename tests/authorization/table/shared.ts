import { intakeTextFields } from "@/tests/booking-payload";
import { type Role, type World } from "../world";

/** The types and helpers the action table's areas share (tests/authorization/action-table.ts). */
export type Expectation = "allow" | "deny";
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- actions have many shapes; each entry calls its own correctly
export type AnyAction = (...args: any[]) => Promise<unknown>;
export type Cell = { world: World; role: Role };

export type ActionSpec = {
  expect: Record<Role, Expectation>;
  /**
   * For actions on a patient's record: whose record an allowed call touches (it must append exactly one
   * complete audit row about it).
   */
  auditPatient?: (cell: Cell) => string;
  /**
   * An allowed call succeeds (an ok state or a redirect onward) unless this is set: the action then only
   * answers (a wrong two-factor code is refused next to the field).
   */
  allowedAnswersOnly?: true;
  /** The call of one matrix cell. */
  run: (action: AnyAction, cell: Cell) => Promise<unknown>;
  /**
   * For the fuzzer: the form fields the action reads, the role that may call it, and how to call it with
   * a form (bound arguments valid, from the page). Absent for actions without form input.
   */
  fuzz?: {
    fields: string[];
    /**
     * The fields the action cannot do without (absent, a file or 100,000 characters make the form invalid)
     * and the optional fields with a length limit (100,000 characters make it invalid). Every generated
     * payload spoils at least one of them, so no payload can be a valid form by chance.
     */
    required: string[];
    bounded?: string[];
    /** Values the action's choice fields know, so that the payloads also reach the checks behind them. */
    hints?: Record<string, string[]>;
    role: Role;
    /** Sessions that have not passed their second factor (the two-factor actions). */
    secondFactor?: false;
    /** Builds the bound target once per batch (an exercise, an assessment …). */
    prepare?: (cell: Cell) => Promise<string>;
    call: (action: AnyAction, form: FormData, cell: Cell, target: string) => Promise<unknown>;
  };
};

export const allow = "allow" as const;
export const deny = "deny" as const;
export const everyone = { anonymous: allow, patientA: allow, patientB: allow, therapist: allow, otherTherapist: allow, admin: allow };
export const signedIn = { ...everyone, anonymous: deny };
export const patients = { anonymous: deny, patientA: allow, patientB: allow, therapist: deny, otherTherapist: deny, admin: deny };
/** Patient A's own record: B is told "not found". */
export const patientA = { ...patients, patientB: deny };
/** Any staff member: the practice's patients are shared by its therapists (every access audited). */
export const staff = { anonymous: deny, patientA: deny, patientB: deny, therapist: allow, otherTherapist: allow, admin: allow };
/** Sanne's own hours and appointments: Sanne and the admin, not the other therapist. */
export const sanneOrAdmin = { ...staff, otherTherapist: deny };
export const admins = { ...staff, therapist: deny, otherTherapist: deny };

export function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const item of Array.isArray(value) ? value : [value]) data.append(name, item);
  return data;
}

export const start = { ok: false } as const;
export const annaId = ({ world }: Cell) => world.anna.patientId;
/** The page each role would have sent the user on to after the second factor (not the bare home). */
export const nextPath = (role: Role) => (role === "patientA" || role === "patientB" ? "/portaal/gegevens" : "/praktijk/patienten");
export const call2 = (action: AnyAction, data: FormData) => action(start, data);

/** The shared calm intake (tests/booking-payload.ts) of a matrix visitor. */
export function intake(email: string): Record<string, string> {
  return intakeTextFields({ fullName: "Matrix Bezoeker", email });
}

export const BOOKING_FIELDS = ["dienst", "therapeut", "tijd", "sleutel", "intent", ...Object.keys(intake("x@y.z"))];
