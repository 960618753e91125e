import { todayIn } from "@/lib/time/zone";
import {
  annaPlan,
  farDate,
  freeTime,
  freshAppointment,
  freshAssessment,
  freshException,
  freshExercise,
  freshRule,
  freshStaff,
  freshTokenAccount,
  stopAnnaPlan,
  unique,
  type Role,
  type World,
} from "./world";

/**
 * Every server action of the app, with who may call it. The key is the file under app/ and the exported
 * name; tests/authorization/discover.ts finds the actions in the code, and an action that is not listed
 * here fails the matrix. Each entry says, per role, whether the call is allowed, and builds the call:
 * its form aimed at patient A's records, Sanne's hours, a fresh staff account … (fresh rows where an
 * allowed call uses its target up).
 */
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

const allow = "allow" as const;
const deny = "deny" as const;
const everyone = { anonymous: allow, patientA: allow, patientB: allow, therapist: allow, otherTherapist: allow, admin: allow };
const signedIn = { ...everyone, anonymous: deny };
const patients = { anonymous: deny, patientA: allow, patientB: allow, therapist: deny, otherTherapist: deny, admin: deny };
/** Patient A's own record: B is told "not found". */
const patientA = { ...patients, patientB: deny };
/** Any staff member: the practice's patients are shared by its therapists (every access audited). */
const staff = { anonymous: deny, patientA: deny, patientB: deny, therapist: allow, otherTherapist: allow, admin: allow };
/** Sanne's own hours and appointments: Sanne and the admin, not the other therapist. */
const sanneOrAdmin = { ...staff, otherTherapist: deny };
const admins = { ...staff, therapist: deny, otherTherapist: deny };

export function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const item of Array.isArray(value) ? value : [value]) data.append(name, item);
  return data;
}

const start = { ok: false } as const;
const annaId = ({ world }: Cell) => world.anna.patientId;
/** The page each role would have sent the user on to after the second factor (not the bare home). */
const nextPath = (role: Role) => (role === "patientA" || role === "patientB" ? "/portaal/gegevens" : "/praktijk/patienten");
const call2 = (action: AnyAction, data: FormData) => action(start, data);

function intake(email: string): Record<string, string> {
  return {
    fullName: "Matrix Bezoeker",
    email,
    phone: "06 12345678",
    dateOfBirth: "1990-05-17",
    complaintLocation: "right",
    onset: "gradual",
    since: "one_to_four_weeks",
    painNow: "3",
    painWorst: "6",
    stiffness: "none",
    strengthLoss: "no",
    swellingOrBruising: "no",
    pop: "no",
    visibleDent: "no",
    weightBearing: "normal",
    walkingHard: "no",
    crampFrequency: "never",
    oneLegMuchMore: "no",
    restWeek: "not_rested",
    previousInjuries: "none",
    goals: "Weer hardlopen.",
    consent: "yes",
  };
}

const BOOKING_FIELDS = ["dienst", "therapeut", "tijd", "sleutel", "intent", ...Object.keys(intake("x@y.z"))];

export const actionTable: Record<string, ActionSpec> = {
  // ── Logging in and out, passwords ──────────────────────────────────────────────────────────────
  "(auth)/inloggen/actions.ts#loginAction": {
    expect: everyone,
    run: (action, { world }) => call2(action, form({ email: world.anna.email, password: world.passwords.patientA!, volgende: "/portaal/plan" })),
    fuzz: { fields: ["email", "password", "volgende"], required: ["email", "password"], role: "anonymous", call: call2 },
  },
  "(auth)/inloggen/tweestaps/actions.ts#verifyCodeAction": {
    expect: signedIn,
    run: (action, { role }) => call2(action, form({ code: "123456", volgende: nextPath(role) })),
    fuzz: { fields: ["code", "volgende"], required: ["code"], role: "therapist", secondFactor: false, call: call2 },
  },
  "(auth)/inloggen/tweestaps/actions.ts#confirmEnrolmentAction": {
    // Patients may turn two-factor login on (a wrong code is answered next to the field). Staff already
    // have it: they are sent to their workspace and nothing changes.
    expect: { ...patients },
    allowedAnswersOnly: true,
    run: (action, { role }) => call2(action, form({ code: "123456", volgende: nextPath(role) })),
    fuzz: { fields: ["code", "volgende"], required: ["code"], role: "patientB", call: call2 },
  },
  "(auth)/uitloggen/actions.ts#logoutAction": {
    expect: everyone,
    run: (action) => action(),
  },
  "(auth)/wachtwoord/actions.ts#forgotPasswordAction": {
    expect: everyone,
    run: (action, { world }) => call2(action, form({ email: world.anna.email })),
    fuzz: { fields: ["email"], required: ["email"], role: "anonymous", call: call2 },
  },
  "(auth)/wachtwoord/actions.ts#activateAccountAction": {
    expect: everyone,
    run: async (action) => {
      const token = await freshTokenAccount("activation");
      return call2(action, form({ token, password: "een eigen wachtwoord voor de matrix", confirmPassword: "een eigen wachtwoord voor de matrix" }));
    },
    fuzz: { fields: ["token", "password", "confirmPassword"], required: ["token", "password", "confirmPassword"], role: "anonymous", call: call2 },
  },
  "(auth)/wachtwoord/actions.ts#resetPasswordAction": {
    expect: everyone,
    run: async (action) => {
      const token = await freshTokenAccount("password_reset");
      return call2(action, form({ token, password: "een nieuw wachtwoord voor de matrix", confirmPassword: "een nieuw wachtwoord voor de matrix" }));
    },
    fuzz: { fields: ["token", "password", "confirmPassword"], required: ["token", "password", "confirmPassword"], role: "anonymous", call: call2 },
  },

  // ── The patient's portal ───────────────────────────────────────────────────────────────────────
  "(patient)/portaal/afspraken/actions.ts#cancelOwnAppointmentAction": {
    expect: patientA,
    auditPatient: annaId,
    run: async (action, { world }) => call2(action, form({ id: (await freshAppointment(world)).id })),
    fuzz: { fields: ["id"], required: ["id"], role: "patientA", call: call2 },
  },
  "(patient)/portaal/afspraken/actions.ts#rescheduleOwnAppointmentAction": {
    expect: patientA,
    auditPatient: annaId,
    run: async (action, { world }) => {
      const { id } = await freshAppointment(world);
      return call2(action, form({ id, tijd: await freeTime("vervolgbehandeling", world.sanne.slug), therapeut: world.sanne.slug }));
    },
    fuzz: { fields: ["id", "tijd", "therapeut"], required: ["id", "tijd"], role: "patientA", call: call2 },
  },
  "(patient)/portaal/gegevens/actions.ts#changePasswordAction": {
    // Each patient changes their own password: there is no one else's to name.
    expect: patients,
    auditPatient: ({ world, role }) => (role === "patientB" ? world.bram.patientId : world.anna.patientId),
    run: async (action, { world, role }) => {
      const next = `een nieuw wachtwoord nummer ${unique()} voor de matrix`;
      const current = world.passwords[role] ?? "onbekend wachtwoord";
      const outcome = await call2(action, form({ currentPassword: current, password: next, confirmPassword: next })).catch((error: unknown) => error);
      if (role === "patientA" || role === "patientB") world.passwords[role] = next;
      if (outcome instanceof Error) throw outcome;
      return outcome;
    },
    fuzz: { fields: ["currentPassword", "password", "confirmPassword"], required: ["currentPassword", "password", "confirmPassword"], role: "patientB", call: call2 },
  },
  "(patient)/portaal/gegevens/actions.ts#logoutEverywhereAction": {
    expect: patients,
    auditPatient: ({ world, role }) => (role === "patientB" ? world.bram.patientId : world.anna.patientId),
    run: (action) => action(),
  },
  "(patient)/portaal/plan/vastleggen/actions.ts#saveLogAction": {
    expect: patientA,
    auditPatient: annaId,
    run: async (action, { world }) => {
      const plan = await annaPlan(world, { exercises: 1 });
      return call2(action, form({ planExerciseId: plan.exerciseIds[0]!, logDate: todayIn(new Date()), done: "ja", painDuring: "3", painAfter: "2", note: "Matrix" }));
    },
    fuzz: { fields: ["planExerciseId", "logDate", "done", "painDuring", "painAfter", "note"], required: ["logDate"], bounded: ["note"], hints: { done: ["ja", "nee"] }, role: "patientA", call: call2 },
  },

  // ── Public: booking and the manage link (the self-check has no server action: pages/klachtencheck) ───────────────────────────────────────────
  "(public)/afspraak/actions.ts#bookingAction": {
    expect: everyone,
    auditPatient: () => "new",
    run: async (action, { world }) =>
      action(
        { ok: false, step: "intake" },
        form({
          dienst: "bewegingsketenanalyse",
          therapeut: world.sanne.slug,
          tijd: await freeTime("bewegingsketenanalyse", world.sanne.slug),
          sleutel: `matrix-sleutel-${unique()}-abcdefghijklmnop`,
          formVersion: "1",
          intent: "bevestigen",
          ...intake(`bezoeker-${unique()}@matrix.test`),
        }),
      ),
    fuzz: { fields: BOOKING_FIELDS, required: ["dienst", "tijd", "sleutel", "email", "fullName", "consent"], bounded: ["goals"], hints: { intent: ["bevestigen", "controleren"], dienst: ["bewegingsketenanalyse"], therapeut: ["sanne-de-vries", "geen-voorkeur"], consent: ["yes"] }, role: "anonymous", call: (action, data) => action({ ok: false, step: "intake" }, data) },
  },
  "(public)/afspraak/beheer/[token]/actions.ts#cancelByLinkAction": {
    // Authorised by the link's token, whoever holds it (logged in or not).
    expect: everyone,
    auditPatient: annaId,
    run: async (action, { world }) => call2(action, form({ token: (await freshAppointment(world, { token: true })).token! })),
    fuzz: { fields: ["token"], required: ["token"], role: "anonymous", call: call2 },
  },
  "(public)/afspraak/beheer/[token]/actions.ts#rescheduleByLinkAction": {
    expect: everyone,
    auditPatient: annaId,
    run: async (action, { world }) => {
      const { token } = await freshAppointment(world, { token: true });
      return call2(action, form({ token: token!, tijd: await freeTime("vervolgbehandeling", world.sanne.slug), therapeut: world.sanne.slug }));
    },
    fuzz: { fields: ["token", "tijd", "therapeut"], required: ["token", "tijd"], role: "anonymous", call: call2 },
  },
  // ── The workspace: agenda, follow-up ───────────────────────────────────────────────────────────
  "(staff)/praktijk/actions.ts#markAttendanceAction": {
    expect: sanneOrAdmin,
    auditPatient: annaId,
    run: async (action, { world }) => call2(action, form({ id: (await freshAppointment(world, { past: true })).id, uitkomst: "attended" })),
    fuzz: { fields: ["id", "uitkomst"], required: ["id", "uitkomst"], hints: { uitkomst: ["attended", "no_show"] }, role: "therapist", call: call2 },
  },
  "(staff)/praktijk/patienten/[id]/vervolgafspraak/actions.ts#bookFollowUpAction": {
    expect: staff,
    auditPatient: annaId,
    run: async (action, { world }) =>
      call2(
        action,
        form({
          patientId: world.anna.patientId,
          dienst: "vervolgbehandeling",
          therapeut: world.sanne.slug,
          tijd: await freeTime("vervolgbehandeling", world.sanne.slug),
          sleutel: `matrix-vervolg-${unique()}-abcdefghijklmnop`,
        }),
      ),
    fuzz: { fields: ["patientId", "dienst", "therapeut", "tijd", "sleutel"], required: ["patientId", "dienst", "therapeut", "tijd", "sleutel"], hints: { dienst: ["vervolgbehandeling"], therapeut: ["sanne-de-vries"] }, role: "therapist", call: call2 },
  },

  // ── The exercise library ───────────────────────────────────────────────────────────────────────
  "(staff)/praktijk/oefeningen/actions.ts#createExerciseAction": {
    expect: staff,
    run: (action) => call2(action, form({ name: `Nieuwe matrixoefening ${unique()}`, instructions: "Langzaam.", defaultSets: "3", defaultReps: "8", defaultTimesPerWeek: "3", phaseTags: "load" })),
    fuzz: {
      fields: ["name", "summary", "instructions", "cues", "defaultSets", "defaultReps", "defaultHoldSeconds", "defaultTimesPerWeek", "phaseTags"], required: ["name", "instructions", "defaultSets", "defaultTimesPerWeek"], bounded: ["summary", "cues"], hints: { phaseTags: ["load", "protect"] },
      role: "therapist",
      call: call2,
    },
  },
  "(staff)/praktijk/oefeningen/actions.ts#updateExerciseAction": {
    expect: staff,
    run: async (action) => action(await freshExercise(), start, form({ name: `Gewijzigde oefening ${unique()}`, instructions: "Nog langzamer.", defaultSets: "2", defaultReps: "10", defaultTimesPerWeek: "2" })),
    fuzz: {
      fields: ["name", "summary", "instructions", "cues", "defaultSets", "defaultReps", "defaultHoldSeconds", "defaultTimesPerWeek", "phaseTags"], required: ["name", "instructions", "defaultSets", "defaultTimesPerWeek"], bounded: ["summary", "cues"], hints: { phaseTags: ["load", "protect"] },
      role: "therapist",
      prepare: () => freshExercise(),
      call: (action, data, _cell, exerciseId) => action(exerciseId, start, data),
    },
  },
  "(staff)/praktijk/oefeningen/actions.ts#setRetiredAction": {
    expect: staff,
    run: async (action) => action(await freshExercise(), true),
  },

  // ── Opening hours (Sanne's; the admin may manage anyone's) ─────────────────────────────────────
  "(staff)/praktijk/openingstijden/actions.ts#addBlockAction": {
    expect: sanneOrAdmin,
    run: (action, { world }) => {
      const from = farDate();
      return call2(action, form({ therapistId: world.sanne.therapistId, weekday: "7", startTime: "05:00", endTime: "05:30", validFrom: from, validTo: from }));
    },
    fuzz: { fields: ["therapistId", "weekday", "startTime", "endTime", "validFrom", "validTo"], required: ["therapistId", "weekday", "startTime", "endTime", "validFrom"], role: "therapist", call: call2 },
  },
  "(staff)/praktijk/openingstijden/actions.ts#changeBlockAction": {
    expect: sanneOrAdmin,
    run: async (action, { world }) => call2(action, form({ ruleId: await freshRule(world), startTime: "05:00", endTime: "06:00", effectiveFrom: farDate() })),
    fuzz: { fields: ["ruleId", "startTime", "endTime", "effectiveFrom"], required: ["ruleId", "startTime", "endTime", "effectiveFrom"], role: "therapist", call: call2 },
  },
  "(staff)/praktijk/openingstijden/actions.ts#endBlockAction": {
    expect: sanneOrAdmin,
    run: async (action, { world }) => call2(action, form({ ruleId: await freshRule(world), endsFrom: farDate() })),
    fuzz: { fields: ["ruleId", "endsFrom"], required: ["ruleId", "endsFrom"], role: "therapist", call: call2 },
  },
  "(staff)/praktijk/openingstijden/actions.ts#removeBlockAction": {
    expect: sanneOrAdmin,
    run: async (action, { world }) => call2(action, form({ ruleId: await freshRule(world) })),
    fuzz: { fields: ["ruleId"], required: ["ruleId"], role: "therapist", call: call2 },
  },
  "(staff)/praktijk/openingstijden/actions.ts#addAbsenceAction": {
    expect: sanneOrAdmin,
    run: (action, { world }) => {
      const day = farDate();
      return call2(action, form({ therapistId: world.sanne.therapistId, fromDate: day, fromTime: "", toDate: day, toTime: "", reason: "Cursus" }));
    },
    fuzz: { fields: ["therapistId", "fromDate", "fromTime", "toDate", "toTime", "reason"], required: ["therapistId", "fromDate", "toDate"], bounded: ["reason"], role: "therapist", call: call2 },
  },
  "(staff)/praktijk/openingstijden/actions.ts#addExtraHoursAction": {
    expect: sanneOrAdmin,
    run: (action, { world }) => call2(action, form({ therapistId: world.sanne.therapistId, date: farDate(), startTime: "05:00", endTime: "06:00", reason: "Extra" })),
    fuzz: { fields: ["therapistId", "date", "startTime", "endTime", "reason"], required: ["therapistId", "date", "startTime", "endTime"], bounded: ["reason"], role: "therapist", call: call2 },
  },
  "(staff)/praktijk/openingstijden/actions.ts#removeExceptionAction": {
    expect: sanneOrAdmin,
    run: async (action, { world }) => call2(action, form({ exceptionId: await freshException(world), anchor: "afwezigheid" })),
    fuzz: { fields: ["exceptionId", "anchor"], required: ["exceptionId"], role: "therapist", call: call2 },
  },

  // ── Assessments and plans (patient A's record) ─────────────────────────────────────────────────
  "(staff)/praktijk/patienten/[id]/beoordelingen/actions.ts#createAssessmentAction": {
    expect: staff,
    auditPatient: annaId,
    run: (action, { world }) => action(world.anna.patientId, start, form({ conclusion: "Heupen zwak.", gradeEstimate: "1", hips_rating: "limited", weakLinks: "hips" })),
    fuzz: { fields: ["conclusion", "notes", "gradeEstimate", "weakLinks", "hips_rating", "hips_findings", "appointmentId", "feet_ankles_dorsiflexionLeft"], required: [], bounded: ["conclusion", "notes", "hips_findings"], hints: { gradeEstimate: ["1", "2", "3"], hips_rating: ["limited", "normal"], weakLinks: ["hips", "core"] }, role: "therapist", call: (action, data, { world }) => action(world.anna.patientId, start, data) },
  },
  "(staff)/praktijk/patienten/[id]/beoordelingen/actions.ts#amendAssessmentAction": {
    expect: staff,
    auditPatient: annaId,
    run: async (action, { world }) =>
      action(world.anna.patientId, await freshAssessment(world), start, form({ conclusion: `Bijgesteld ${unique()}.`, expectedRevision: "1", amendmentReason: "Nieuwe meting." })),
    fuzz: {
      fields: ["conclusion", "notes", "gradeEstimate", "weakLinks", "expectedRevision", "amendmentReason", "hamstring_strengthLeft"], required: ["expectedRevision", "amendmentReason"], bounded: ["conclusion", "notes"], hints: { expectedRevision: ["1"] },
      role: "therapist",
      prepare: ({ world }) => freshAssessment(world),
      call: (action, data, { world }, assessmentId) => action(world.anna.patientId, assessmentId, start, data),
    },
  },
  "(staff)/praktijk/patienten/[id]/plan/actions.ts#startPlanAction": {
    expect: staff,
    auditPatient: annaId,
    run: async (action, { world }) => {
      await stopAnnaPlan(world);
      return action(world.anna.patientId, form({ source: "template" }));
    },
  },
  "(staff)/praktijk/patienten/[id]/plan/actions.ts#stopPlanAction": {
    expect: staff,
    auditPatient: annaId,
    run: async (action, { world }) => action(world.anna.patientId, (await annaPlan(world)).planId, form({ confirm: "ja" })),
  },
  "(staff)/praktijk/patienten/[id]/plan/actions.ts#addPhaseAction": {
    expect: staff,
    auditPatient: annaId,
    run: async (action, { world }) => {
      await annaPlan(world);
      return action(world.anna.patientId);
    },
  },
  "(staff)/praktijk/patienten/[id]/plan/actions.ts#updatePhaseAction": {
    expect: staff,
    auditPatient: annaId,
    run: async (action, { world }) =>
      action(world.anna.patientId, (await annaPlan(world)).phaseId, start, form({ title: `Kracht ${unique()}`, goal: "Sterker worden.", exitCriteria: "Pijnvrij lopen" })),
    fuzz: {
      fields: ["title", "goal", "exitCriteria"], required: ["title"], bounded: ["goal", "exitCriteria"],
      role: "therapist",
      prepare: async ({ world }) => (await annaPlan(world)).phaseId,
      call: (action, data, { world }, phaseId) => action(world.anna.patientId, phaseId, start, data),
    },
  },
  "(staff)/praktijk/patienten/[id]/plan/actions.ts#addExerciseAction": {
    expect: staff,
    auditPatient: annaId,
    run: async (action, { world }) => action(world.anna.patientId, (await annaPlan(world)).phaseId, start, form({ exerciseId: world.libraryExerciseId })),
    fuzz: {
      fields: ["exerciseId"], required: ["exerciseId"],
      role: "therapist",
      prepare: async ({ world }) => (await annaPlan(world)).phaseId,
      call: (action, data, { world }, phaseId) => action(world.anna.patientId, phaseId, start, data),
    },
  },
  "(staff)/praktijk/patienten/[id]/plan/actions.ts#removeExerciseAction": {
    expect: staff,
    auditPatient: annaId,
    run: async (action, { world }) => {
      const plan = await annaPlan(world, { exercises: 2 });
      return action(world.anna.patientId, plan.phaseId, plan.exerciseIds.at(-1)!);
    },
  },
  "(staff)/praktijk/patienten/[id]/plan/actions.ts#moveExerciseAction": {
    expect: staff,
    auditPatient: annaId,
    run: async (action, { world }) => {
      const plan = await annaPlan(world, { exercises: 2 });
      return action(world.anna.patientId, plan.phaseId, plan.exerciseIds[0]!, "down");
    },
  },
  "(staff)/praktijk/patienten/[id]/plan/actions.ts#updateDosageAction": {
    expect: staff,
    auditPatient: annaId,
    run: async (action, { world }) => {
      const plan = await annaPlan(world, { exercises: 1 });
      return action(world.anna.patientId, plan.phaseId, plan.exerciseIds[0]!, start, form({ sets: "3", reps: String(5 + (unique() % 20)), holdSeconds: "", timesPerWeek: "3", notes: "" }));
    },
    fuzz: {
      fields: ["sets", "reps", "holdSeconds", "timesPerWeek", "notes"], required: ["sets", "timesPerWeek"], bounded: ["notes"],
      role: "therapist",
      prepare: async ({ world }) => {
        const plan = await annaPlan(world, { exercises: 1 });
        return `${plan.phaseId} ${plan.exerciseIds[0]}`;
      },
      call: (action, data, { world }, target) => {
        const [phaseId, planExerciseId] = target.split(" ");
        return action(world.anna.patientId, phaseId, planExerciseId, start, data);
      },
    },
  },
  "(staff)/praktijk/patienten/[id]/plan/actions.ts#advanceAction": {
    expect: staff,
    auditPatient: annaId,
    run: async (action, { world }) => {
      const plan = await annaPlan(world);
      const checks = Object.fromEntries(Array.from({ length: plan.criteriaCount }, (_, index) => [`met-${index}`, "ja"]));
      return action(world.anna.patientId, plan.phaseId, plan.criteriaCount, start, form({ phaseId: plan.phaseId, ...checks }));
    },
    fuzz: {
      fields: ["phaseId", "override", "overrideReason", "met-0", "note-0", "met-1", "note-1"], required: [], bounded: ["overrideReason", "note-0"],
      role: "therapist",
      // Criteria left unticked without a reason: the fuzzer's forms must never advance the patient.
      prepare: async ({ world }) => (await annaPlan(world)).phaseId,
      call: (action, data, { world }, phaseId) => action(world.anna.patientId, phaseId, 3, start, data),
    },
  },

  // ── The team (admins only) ─────────────────────────────────────────────────────────────────────
  "(staff)/praktijk/team/actions.ts#createTherapistAction": {
    expect: admins,
    run: (action) => {
      const n = unique();
      return call2(action, form({ email: `nieuw-${n}@matrix.test`, displayName: `Nieuwe Collega ${n}`, title: "Fysiotherapeut", slug: "", sortOrder: "" }));
    },
    fuzz: { fields: ["email", "displayName", "title", "slug", "sortOrder"], required: ["email", "displayName", "title"], role: "admin", call: call2 },
  },
  "(staff)/praktijk/team/actions.ts#createAdminAction": {
    expect: admins,
    run: (action) => call2(action, form({ email: `beheer-${unique()}@matrix.test` })),
    fuzz: { fields: ["email"], required: ["email"], role: "admin", call: call2 },
  },
  "(staff)/praktijk/team/actions.ts#changeRoleAction": {
    expect: admins,
    run: async (action) => call2(action, form({ userId: await freshStaff(), role: "admin" })),
    fuzz: { fields: ["userId", "role"], required: ["userId", "role"], hints: { role: ["admin", "therapist"] }, role: "admin", call: call2 },
  },
  "(staff)/praktijk/team/actions.ts#deactivateAction": {
    expect: admins,
    run: async (action) => call2(action, form({ userId: await freshStaff() })),
    fuzz: { fields: ["userId"], required: ["userId"], role: "admin", call: call2 },
  },
  "(staff)/praktijk/team/actions.ts#reactivateAction": {
    expect: admins,
    run: async (action) => call2(action, form({ userId: await freshStaff({ deactivated: true }) })),
    fuzz: { fields: ["userId"], required: ["userId"], role: "admin", call: call2 },
  },
  "(staff)/praktijk/team/actions.ts#resendInvitationAction": {
    expect: admins,
    run: async (action) => call2(action, form({ userId: await freshStaff({ activated: false }) })),
    fuzz: { fields: ["userId"], required: ["userId"], role: "admin", call: call2 },
  },
};
