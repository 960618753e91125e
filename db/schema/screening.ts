import { sql } from "drizzle-orm";
import { boolean, check, date, integer, jsonb, pgEnum, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { createdAt, id, timestamptz, updatedAt } from "./columns";
import { intakes } from "./intake";
import { patients } from "./people";

export const accessRoutes = ["direct", "referral"] as const;
export const accessRoute = pgEnum("access_route", accessRoutes);

export const screeningOutcomes = ["pluis", "niet_pluis"] as const;
export const screeningOutcome = pgEnum("screening_outcome", screeningOutcomes);

/** Per medical determinant: asked, and whether something is present (with a note). */
export type DeterminantAnswers = Record<string, { present: boolean; note: string }>;

/**
 * Dossier phase 1 (issue 17, point 1): the help question in the patient's own words, GP, insurer, direct
 * access or referral, the medical determinants as asked, and the direct-access screening outcome (pluis /
 * niet-pluis → back to the GP), confirmed by the therapist at the first visit. Amend-only: each save is a new
 * revision; triggers refuse UPDATE and DELETE (decision 019).
 */
export const intakeScreenings = pgTable(
  "intake_screenings",
  {
    id: id(),
    patientId: uuid("patient_id")
      .notNull()
      .references(() => patients.id, { onDelete: "restrict" }),
    intakeId: uuid("intake_id").references(() => intakes.id, { onDelete: "restrict" }),
    revision: integer("revision").notNull(),
    helpQuestion: text("help_question").notNull(),
    gpName: text("gp_name").notNull().default(""),
    gpPractice: text("gp_practice").notNull().default(""),
    insurer: text("insurer").notNull().default(""),
    access: accessRoute("access").notNull(),
    referrerName: text("referrer_name").notNull().default(""),
    referralDate: date("referral_date", { mode: "string" }),
    determinants: jsonb("determinants").$type<DeterminantAnswers>().notNull(),
    /** "Gevraagd, niets aanwezig": every determinant was asked and none is present. */
    nothingPresent: boolean("nothing_present").notNull(),
    outcome: screeningOutcome("outcome"),
    outcomeNote: text("outcome_note").notNull().default(""),
    /** True when the therapist confirmed this screening with the patient at the first visit. */
    confirmed: boolean("confirmed").notNull().default(false),
    recordedBy: uuid("recorded_by")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    amendmentReason: text("amendment_reason").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [
    unique("intake_screenings_revision_key").on(t.patientId, t.revision),
    check("intake_screenings_revision_positive", sql`${t.revision} >= 1`),
    check("intake_screenings_determinants_object", sql`jsonb_typeof(${t.determinants}) = 'object'`),
    check("intake_screenings_referral_has_referrer", sql`${t.access} = 'direct' or length(btrim(${t.referrerName})) > 0`),
    check("intake_screenings_confirmed_has_outcome", sql`not ${t.confirmed} or ${t.outcome} is not null`),
  ],
);

export const idDocuments = ["paspoort", "identiteitskaart", "rijbewijs", "verblijfsdocument"] as const;
export const idDocument = pgEnum("id_document", idDocuments);

/** The patient's BSN, encrypted (lib/security/bsn.ts), with its last three digits and the ID check behind it. */
export const patientIdentifiers = pgTable("patient_identifiers", {
  patientId: uuid("patient_id")
    .primaryKey()
    .references(() => patients.id, { onDelete: "restrict" }),
  bsnEncrypted: text("bsn_encrypted").notNull(),
  bsnLastThree: text("bsn_last_three").notNull(),
  idDocument: idDocument("id_document").notNull(),
  idCheckedBy: uuid("id_checked_by")
    .notNull()
    .references(() => users.id, { onDelete: "restrict" }),
  idCheckedAt: timestamptz("id_checked_at").notNull(),
  updatedAt: updatedAt(),
});
