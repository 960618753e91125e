import * as t from "@/db/schema";
import { db } from "@/tests/test-database";
import { draftAnnaPlan } from "../plan-drafts";
import { annaPlan, freeTime, freshAppointment, freshAssessment, stopAnnaPlan, unique } from "../world";
import { staff, sanneOrAdmin, form, start, annaId, call2, type ActionSpec } from "./shared";

/** The workspace's clinical actions: agenda, follow-up, assessments and plans. */
export const staffClinicalActions: Record<string, ActionSpec> = {
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
  "(staff)/praktijk/patienten/[id]/afspraken/[appointmentId]/actions.ts#saveVisitNoteAction": {
    expect: staff,
    auditPatient: annaId,
    run: async (action, { world }) =>
      action(world.anna.patientId, (await freshAppointment(world, { past: true })).id, start, form({ complaints: "Minder pijn.", treatment: `Nordic curls ${unique()}.` })),
    fuzz: {
      fields: ["complaints", "examination", "treatment", "agreements", "expectedRevision", "amendmentReason"],
      required: [],
      bounded: ["complaints", "examination", "treatment", "agreements"],
      hints: { expectedRevision: ["1"] },
      role: "therapist",
      prepare: async ({ world }) => (await freshAppointment(world, { past: true })).id,
      call: (action, data, { world }, appointmentId) => action(world.anna.patientId, appointmentId, start, data),
    },
  },
  "(staff)/praktijk/patienten/[id]/screening/actions.ts#saveScreeningAction": {
    expect: staff,
    auditPatient: annaId,
    run: (action, { world }) => action(world.anna.patientId, start, form({ helpQuestion: `Weer pijnvrij sprinten ${unique()}.`, access: "direct", det_medication: "nee", det_surgery: "nee", det_cardiovascular: "nee", det_diabetes: "nee", det_cancer: "nee", det_weight_loss: "nee", det_night_pain: "nee", det_fever: "nee", amendmentReason: "Aangevuld na het gesprek." })),
    fuzz: {
      fields: ["helpQuestion", "gpName", "insurer", "access", "referrerName", "referralDate", "det_cancer", "det_cancer_note", "outcome", "outcomeNote", "confirmed", "amendmentReason"],
      required: ["helpQuestion", "access", "det_cancer"],
      bounded: ["gpName", "insurer", "outcomeNote"],
      hints: { access: ["direct", "referral"], det_cancer: ["ja", "nee"], outcome: ["pluis", "niet_pluis"], confirmed: ["ja"] },
      role: "therapist",
      call: (action, data, { world }) => action(world.anna.patientId, start, data),
    },
  },
  "(staff)/praktijk/patienten/[id]/screening/actions.ts#recordBsnAction": {
    expect: staff,
    auditPatient: annaId,
    run: (action, { world }) => action(world.anna.patientId, start, form({ idChecked: "ja", idDocument: "paspoort", bsn: "111222333" })),
    fuzz: {
      fields: ["idChecked", "idDocument", "bsn"],
      required: ["idChecked", "idDocument", "bsn"],
      hints: { idChecked: ["ja"], idDocument: ["paspoort", "rijbewijs"], bsn: ["111222333", "123456789"] },
      role: "therapist",
      call: (action, data, { world }) => action(world.anna.patientId, start, data),
    },
  },
  "(staff)/praktijk/patienten/[id]/verwijderverzoek/actions.ts#answerErasureAction": {
    // Answered without closing the account: Anna keeps logging in for the other cells.
    expect: staff,
    auditPatient: annaId,
    run: async (action, { world }) => {
      const [request] = await db.insert(t.erasureRequests).values({ patientId: world.anna.patientId }).returning({ id: t.erasureRequests.id });
      return action(world.anna.patientId, start, form({ requestId: request!.id, note: "" }));
    },
    fuzz: {
      fields: ["requestId", "note", "closeAccount"],
      required: ["requestId"],
      bounded: ["note"],
      role: "therapist",
      call: (action, data, { world }) => action(world.anna.patientId, start, data),
    },
  },
  "(staff)/praktijk/patienten/[id]/metingen/actions.ts#recordOutcomesAction": {
    expect: staff,
    auditPatient: annaId,
    run: (action, { world }) => action(world.anna.patientId, start, form({ psk_activity_1: "Sprinten", psk_score_1: "6", psk_activity_2: "Lang zitten", psk_score_2: "4", psk_activity_3: "Traplopen", psk_score_3: "2", nprs: "3" })),
    fuzz: {
      fields: ["psk_activity_1", "psk_score_1", "psk_activity_2", "psk_score_2", "psk_activity_3", "psk_score_3", "nprs"],
      required: ["psk_activity_1", "psk_score_1", "nprs"],
      hints: { psk_score_1: ["3", "10"], nprs: ["2", "11"] },
      role: "therapist",
      call: (action, data, { world }) => action(world.anna.patientId, start, data),
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
  "(staff)/praktijk/patienten/[id]/plan/actions.ts#publishPlanAction": {
    expect: staff,
    auditPatient: annaId,
    run: async (action, { world }) => action(world.anna.patientId, await draftAnnaPlan(world)),
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
  "(staff)/praktijk/patienten/[id]/plan/actions.ts#updatePainLimitsAction": {
    expect: staff,
    auditPatient: annaId,
    run: async (action, { world }) => action(world.anna.patientId, (await annaPlan(world)).phaseId, start, form({ painMaxDuring: "5", painMaxMorning: "2" })),
    fuzz: {
      fields: ["painMaxDuring", "painMaxMorning"], required: ["painMaxDuring", "painMaxMorning"],
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
  "(staff)/praktijk/patienten/[id]/plan/actions.ts#addSuggestionAction": {
    expect: staff,
    auditPatient: annaId,
    run: async (action, { world }) => action(world.anna.patientId, (await annaPlan(world)).phaseId, world.libraryExerciseId),
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
      fields: ["sets", "reps", "holdSeconds", "durationMinutes", "side", "load", "tempo", "restSeconds", "timesPerWeek", "notes"], required: ["sets", "timesPerWeek"], bounded: ["notes", "load", "tempo"],
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
};
