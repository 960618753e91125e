import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgEnum, pgTable, smallint, text, unique, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { createdAt, id } from "./columns";
import { patients } from "./people";
import { chainLinks, linkRatings, type ChainLink } from "../../lib/assessment/chain";
import { appointments } from "./scheduling";

// The links of the movement chain and their ratings are the domain's (lib/assessment/chain.ts); the schema
// builds its enums from them.
export { chainLinks, linkRatings, type ChainLink };
export const chainLink = pgEnum("chain_link", chainLinks);
export const linkRating = pgEnum("link_rating", linkRatings);

/**
 * A movement-chain assessment. Its content lives in revisions: the clinical record is amend-only, so a
 * change is a new revision with its author and time. Triggers in `0002_append_only.sql` refuse UPDATE and
 * DELETE of revisions and findings, and DELETE of assessments.
 */
export const assessments = pgTable(
  "assessments",
  {
    id: id(),
    patientId: uuid("patient_id")
      .notNull()
      .references(() => patients.id, { onDelete: "restrict" }),
    appointmentId: uuid("appointment_id").references(() => appointments.id, { onDelete: "set null" }),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    createdAt: createdAt(),
  },
  (t) => [index("assessments_patient_idx").on(t.patientId, t.createdAt)],
);

export const assessmentRevisions = pgTable(
  "assessment_revisions",
  {
    id: id(),
    assessmentId: uuid("assessment_id")
      .notNull()
      .references(() => assessments.id, { onDelete: "restrict" }),
    revision: integer("revision").notNull(),
    authorId: uuid("author_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    gradeEstimate: smallint("grade_estimate"),
    conclusion: text("conclusion").notNull().default(""),
    /** The links the therapist concluded are weak, e.g. ["hips", "core"]. */
    weakLinks: jsonb("weak_links").$type<ChainLink[]>().notNull().default([]),
    notes: text("notes").notNull().default(""),
    /** Why this revision amends the previous one (empty for the first). */
    amendmentReason: text("amendment_reason").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [
    unique("assessment_revisions_number_key").on(t.assessmentId, t.revision),
    check("assessment_revisions_number_positive", sql`${t.revision} >= 1`),
    check("assessment_revisions_grade_range", sql`${t.gradeEstimate} is null or ${t.gradeEstimate} between 1 and 3`),
    check("assessment_revisions_weak_links_array", sql`jsonb_typeof(${t.weakLinks}) = 'array'`),
  ],
);

/** The findings for one link of the chain in one revision, with left/right measures where they apply. */
export const assessmentFindings = pgTable(
  "assessment_findings",
  {
    id: id(),
    revisionId: uuid("revision_id")
      .notNull()
      .references(() => assessmentRevisions.id, { onDelete: "restrict" }),
    link: chainLink("link").notNull(),
    rating: linkRating("rating"),
    findings: text("findings").notNull().default(""),
    /** Named measurements, e.g. { "strengthLeft": 180, "strengthRight": 150 } (numbers only). */
    measures: jsonb("measures").$type<Record<string, number>>().notNull().default({}),
  },
  (t) => [
    unique("assessment_findings_link_key").on(t.revisionId, t.link),
    check("assessment_findings_measures_object", sql`jsonb_typeof(${t.measures}) = 'object'`),
  ],
);
