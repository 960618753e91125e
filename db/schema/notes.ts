import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { createdAt, id } from "./columns";
import { patients } from "./people";
import { appointments } from "./scheduling";

/**
 * A visit note: one per appointment, under the practice's headings (klachten, onderzoek, behandeling,
 * afspraken). Amend-only like assessments: the content lives in revisions, and triggers in the migration
 * `0012_clinical_record` refuse UPDATE and DELETE of revisions and notes (decision 019).
 */
export const visitNotes = pgTable(
  "visit_notes",
  {
    id: id(),
    patientId: uuid("patient_id")
      .notNull()
      .references(() => patients.id, { onDelete: "restrict" }),
    appointmentId: uuid("appointment_id")
      .notNull()
      .unique()
      .references(() => appointments.id, { onDelete: "restrict" }),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    createdAt: createdAt(),
  },
  (t) => [index("visit_notes_patient_idx").on(t.patientId, t.createdAt)],
);

export const visitNoteRevisions = pgTable(
  "visit_note_revisions",
  {
    id: id(),
    noteId: uuid("note_id")
      .notNull()
      .references(() => visitNotes.id, { onDelete: "restrict" }),
    revision: integer("revision").notNull(),
    authorId: uuid("author_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    complaints: text("complaints").notNull().default(""),
    examination: text("examination").notNull().default(""),
    treatment: text("treatment").notNull().default(""),
    agreements: text("agreements").notNull().default(""),
    /** Why this revision amends the previous one (empty for the first). */
    amendmentReason: text("amendment_reason").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [
    unique("visit_note_revisions_number_key").on(t.noteId, t.revision),
    check("visit_note_revisions_number_positive", sql`${t.revision} >= 1`),
    check("visit_note_revisions_reason_on_amendment", sql`${t.revision} = 1 or length(btrim(${t.amendmentReason})) > 0`),
  ],
);
