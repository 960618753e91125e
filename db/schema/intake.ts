import { sql } from "drizzle-orm";
import { check, index, jsonb, pgEnum, pgTable, smallint, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, timestamptz } from "./columns";
import { patients } from "./people";
import { appointments } from "./scheduling";

export const complaintSides = ["left", "right", "both", "not_applicable"] as const;
export const complaintSide = pgEnum("complaint_side", complaintSides);

export const complaintOnsets = ["acute", "gradual"] as const;
export const complaintOnset = pgEnum("complaint_onset", complaintOnsets);

/** The three plain advices of the triage module (`lib/triage`), shared by the self-check and the intake. */
export const triageOutcomes = ["see_soon", "book_analysis", "self_care"] as const;
export const triageOutcome = pgEnum("triage_outcome", triageOutcomes);
export type TriageOutcome = (typeof triageOutcomes)[number];

/**
 * A structured intake. The key fields are typed columns (for lists, filters and triage); the complete
 * answers are kept as submitted in `answers`, tagged with the version of the form that produced them.
 */
export const intakes = pgTable(
  "intakes",
  {
    id: id(),
    patientId: uuid("patient_id")
      .notNull()
      .references(() => patients.id, { onDelete: "restrict" }),
    appointmentId: uuid("appointment_id")
      .unique()
      .references(() => appointments.id, { onDelete: "set null" }),
    formVersion: smallint("form_version").notNull(),
    complaintLocation: text("complaint_location").notNull(),
    complaintSide: complaintSide("complaint_side").notNull(),
    onset: complaintOnset("onset").notNull(),
    painNow: smallint("pain_now").notNull(),
    painWorst: smallint("pain_worst").notNull(),
    triageOutcome: triageOutcome("triage_outcome").notNull(),
    /** Codes of the red flags the triage found, e.g. ["pop", "cannot_bear_weight"] (see lib/triage/red-flags.ts). */
    redFlags: jsonb("red_flags").$type<string[]>().notNull().default([]),
    answers: jsonb("answers").$type<Record<string, unknown>>().notNull(),
    /** When the patient gave explicit consent to process health data (AVG art. 9). */
    consentAt: timestamptz("consent_at").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("intakes_patient_idx").on(t.patientId, t.createdAt),
    check("intakes_pain_now_range", sql`${t.painNow} between 0 and 10`),
    check("intakes_pain_worst_range", sql`${t.painWorst} between 0 and 10`),
    check("intakes_form_version_positive", sql`${t.formVersion} >= 1`),
    check("intakes_red_flags_array", sql`jsonb_typeof(${t.redFlags}) = 'array'`),
    check("intakes_answers_object", sql`jsonb_typeof(${t.answers}) = 'object'`),
  ],
);
