import { freeTime, freshAppointment, freshHold, freshOffer, freshTokenAccount, freshWaitlistEntry, unique } from "../world";
import { allow, everyone, signedIn, patients, intake, form, annaId, nextPath, call2, BOOKING_FIELDS, type ActionSpec } from "./shared";

/** Logging in and out, passwords, booking and the manage link: the actions of the public and auth pages. */
export const publicAndAuthActions: Record<string, ActionSpec> = {
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

  // ── Public: booking and the manage link (the self-check has no server action: its steps post to route handlers) ───────────────────────────────────────────
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
  "(public)/afspraak/bevestigen/[token]/actions.ts#confirmHoldByLinkAction": {
    // Decision 016: the owner of an address confirms a booking held for them; authorised by the link's token.
    expect: everyone,
    auditPatient: annaId,
    run: async (action, { world }) => call2(action, form({ token: await freshHold(world) })),
    fuzz: { fields: ["token"], required: ["token"], role: "anonymous", call: call2 },
  },
  "(public)/wachtlijst/actions.ts#joinWaitlistAction": {
    // Visitors and patients join; a staff account is told the list is for patients.
    expect: { ...patients, anonymous: allow },
    run: (action) =>
      call2(action, form({ dienst: "vervolgbehandeling", therapeut: "geen-voorkeur", dagen: ["1", "3"], dagdelen: ["morning"], tot: `${new Date().getUTCFullYear() + 1}-01-01`, naam: "Matrix Wachter", email: `wacht-${unique()}@matrix.test`, geboortedatum: "1990-01-01", telefoon: "" })),
    fuzz: {
      fields: ["dienst", "therapeut", "dagen", "dagdelen", "tot", "naam", "email", "geboortedatum", "telefoon"],
      required: ["dienst", "dagen", "dagdelen", "tot", "naam", "email", "geboortedatum"],
      bounded: ["naam", "telefoon"],
      hints: { dienst: ["vervolgbehandeling"], dagdelen: ["morning", "evening"], dagen: ["1", "7"] },
      role: "anonymous",
      call: call2,
    },
  },
  "(public)/wachtlijst/aanbod/[token]/actions.ts#claimOfferByLinkAction": {
    // Authorised by the offer's link, whoever holds it.
    expect: everyone,
    auditPatient: () => "new",
    run: async (action, { world }) => call2(action, form({ token: await freshOffer(world) })),
    fuzz: { fields: ["token"], required: ["token"], role: "anonymous", call: call2 },
  },
  "(public)/wachtlijst/afmelden/[token]/actions.ts#leaveByLinkAction": {
    expect: everyone,
    run: async (action, { world }) => call2(action, form({ token: (await freshWaitlistEntry(world)).leaveToken })),
    fuzz: { fields: ["token"], required: ["token"], role: "anonymous", call: call2 },
  },
  "(public)/afspraak/beheer/[token]/actions.ts#cancelByLinkAction": {
    // Authorised by the link's token, whoever holds it (logged in or not).
    expect: everyone,
    auditPatient: annaId,
    run: async (action, { world }) => call2(action, form({ token: (await freshAppointment(world, { token: true })).token!, reden: "verhinderd" })),
    fuzz: { fields: ["token", "reden", "toelichting"], required: ["token"], hints: { reden: ["verhinderd", "anders"], toelichting: ["De auto is kapot."] }, role: "anonymous", call: call2 },
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
};
