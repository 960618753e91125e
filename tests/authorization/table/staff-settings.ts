import { farDate, freshException, freshFailedJob, freshExercise, freshRule, freshStaff, unique } from "../world";
import { staff, sanneOrAdmin, admins, form, start, call2, type ActionSpec } from "./shared";

const staffWithAgenda = { ...staff, admin: "deny" as const };

/** The workspace's settings: the exercise library, opening hours and the team. */
export const staffSettingsActions: Record<string, ActionSpec> = {
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
  "(staff)/praktijk/oefeningen/variant-actions.ts#setVariantsAction": {
    expect: staff,
    run: async (action) => action(await freshExercise(), start, form({ regressionId: await freshExercise(), progressionId: "" })),
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

  // ── Jobs (admins only) ─────────────────────────────────────────────────────────────────────────
  "(staff)/praktijk/taken/actions.ts#retryJobAction": {
    expect: admins,
    run: async (action) => call2(action, form({ jobId: await freshFailedJob() })),
    fuzz: { fields: ["jobId"], required: ["jobId"], role: "admin", call: call2 },
  },
  "(staff)/praktijk/regels/actions.ts#savePracticeRulesAction": {
    expect: admins,
    run: (action) =>
      call2(
        action,
        form({
          cancelCutoffHours: "24",
          reminderHoursBefore: "48",
          eveningReminderHour: "19",
          shortReminderHours: "3",
          waitlistOfferCount: "3",
          waitlistOfferMinutes: "30",
          whatToBring: "Makkelijke kleding en je eigen schoenen.",
          cancellationPolicy: "Annuleer op tijd, dan kan een ander de tijd gebruiken.",
          complaintsOfficer: "Bespreek het eerst met ons.",
          disputesCommittee: "Daarna kan het naar de commissie.",
          calendarFullNames: "nee",
        }),
      ),
    fuzz: {
      fields: ["cancelCutoffHours", "reminderHoursBefore", "eveningReminderHour", "shortReminderHours", "waitlistOfferCount", "waitlistOfferMinutes", "whatToBring", "cancellationPolicy", "complaintsOfficer", "disputesCommittee", "calendarFullNames"],
      required: ["cancelCutoffHours", "reminderHoursBefore", "eveningReminderHour", "shortReminderHours", "waitlistOfferCount", "waitlistOfferMinutes", "whatToBring", "cancellationPolicy", "complaintsOfficer", "disputesCommittee", "calendarFullNames"],
      bounded: ["whatToBring", "cancellationPolicy", "complaintsOfficer", "disputesCommittee"],
      hints: { calendarFullNames: ["ja", "nee"] },
      role: "admin",
      call: call2,
    },
  },
  "(staff)/praktijk/regels/actions.ts#saveServicePriceAction": {
    expect: admins,
    run: (action, { world }) => call2(action, form({ serviceId: world.followUpService.id, price: "42,50" })),
    fuzz: { fields: ["serviceId", "price"], required: ["serviceId"], role: "admin", call: call2 },
  },
  // ── The therapist's own calendar feed (an admin without a therapist profile has no agenda) ──────────
  "(staff)/praktijk/agenda-abonnement/actions.ts#renewFeedAction": {
    expect: staffWithAgenda,
    run: (action) => action(start),
  },
  "(staff)/praktijk/agenda-abonnement/actions.ts#stopFeedAction": {
    expect: staffWithAgenda,
    run: (action) => action(start),
  },
};
