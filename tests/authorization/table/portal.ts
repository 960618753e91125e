import { todayIn } from "@/lib/time/zone";
import { annaPlan, freeTime, freshAppointment, freshWaitlistEntry, unique } from "../world";
import { patients, patientA, form, annaId, call2, type ActionSpec } from "./shared";

/** The patient's portal. */
export const portalActions: Record<string, ActionSpec> = {
  "(patient)/portaal/metingen/actions.ts#recordOwnOutcomesAction": {
    // Each patient records their own PSK and NPRS: there is no one else's to name.
    expect: patients,
    auditPatient: ({ world, role }) => (role === "patientB" ? world.bram.patientId : world.anna.patientId),
    run: (action) => call2(action, form({ psk_activity_1: "Sprinten", psk_score_1: "6", psk_activity_2: "Lang zitten", psk_score_2: "4", psk_activity_3: "Traplopen", psk_score_3: "2", nprs: "3" })),
    fuzz: { fields: ["psk_activity_1", "psk_score_1", "psk_activity_2", "psk_score_2", "psk_activity_3", "psk_score_3", "nprs"], required: ["psk_activity_1", "psk_score_1", "nprs"], hints: { psk_score_1: ["3", "10"], nprs: ["2", "11"] }, role: "patientA", call: call2 },
  },
  "(patient)/portaal/afspraken/waitlist-actions.ts#leaveOwnWaitlistAction": {
    expect: patientA,
    auditPatient: annaId,
    run: async (action, { world }) => call2(action, form({ entryId: (await freshWaitlistEntry(world, { anna: true })).id })),
    fuzz: { fields: ["entryId"], required: ["entryId"], role: "patientA", call: call2 },
  },
  "(patient)/portaal/gegevens/reminder-actions.ts#updateRemindersAction": {
    // Each patient sets their own reminder choices: there is no one else's to name.
    expect: patients,
    auditPatient: ({ world, role }) => (role === "patientB" ? world.bram.patientId : world.anna.patientId),
    run: (action) => call2(action, form({ byEmail: "ja" })),
  },
  "(patient)/portaal/gegevens/erasure-actions.ts#requestErasureAction": {
    // Each patient asks for their own erasure: there is no one else's to name.
    expect: patients,
    auditPatient: ({ world, role }) => (role === "patientB" ? world.bram.patientId : world.anna.patientId),
    run: (action) => call2(action, form({ message: "Graag mijn gegevens weg.", confirm: "ja" })),
    fuzz: { fields: ["message", "confirm"], required: ["confirm"], bounded: ["message"], hints: { confirm: ["ja"] }, role: "patientA", call: call2 },
  },
  // ── The patient's portal ───────────────────────────────────────────────────────────────────────
  "(patient)/portaal/afspraken/actions.ts#cancelOwnAppointmentAction": {
    expect: patientA,
    auditPatient: annaId,
    run: async (action, { world }) => call2(action, form({ id: (await freshAppointment(world)).id, reden: "ziek" })),
    fuzz: { fields: ["id", "reden", "toelichting"], required: ["id"], hints: { reden: ["ziek", "anders"], toelichting: ["De auto is kapot."] }, role: "patientA", call: call2 },
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
  "(patient)/portaal/actions.ts#saveSessionAction": {
    expect: patientA,
    auditPatient: annaId,
    run: async (action, { world }) => {
      const plan = await annaPlan(world, { exercises: 1 });
      return call2(action, form({ logDate: todayIn(new Date()), [`oefening:${plan.exerciseIds[0]!}`]: "gedaan", painDuring: "3", note: "Matrix" }));
    },
    fuzz: {
      fields: ["logDate", "painDuring", "note", "morningPain", "morningFor", "oefening:00000000-0000-4000-8000-000000000001", "zwaarte:00000000-0000-4000-8000-000000000001"],
      required: ["logDate"],
      bounded: ["note"],
      hints: { "oefening:00000000-0000-4000-8000-000000000001": ["gedaan", "overgeslagen", "aangepast"], "zwaarte:00000000-0000-4000-8000-000000000001": ["te-licht", "goed", "te-zwaar"] },
      role: "patientA",
      call: call2,
    },
  },
};
