import { sql } from "drizzle-orm";
import { boolean, check, date, index, pgTable, smallint, text, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { createdAt, id, timestamptz, updatedAt } from "./columns";

/** A patient's profile. The e-mail address lives on the user. */
export const patients = pgTable(
  "patients",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .unique()
      .references(() => users.id, { onDelete: "restrict" }),
    fullName: text("full_name").notNull(),
    dateOfBirth: date("date_of_birth", { mode: "string" }).notNull(),
    phone: text("phone"),
    /** Appointment reminders by e-mail; the patient can turn them off in the portal. */
    remindersByEmail: boolean("reminders_by_email").notNull().default(true),
    /** The morning after a logged session, an e-mail asking "hoe voelt het vanochtend?" (opt-in; off by default). */
    morningQuestionByEmail: boolean("morning_question_by_email").notNull().default(false),
    /** When the patient agreed to text-message reminders (null: no SMS, ever). */
    smsConsentAt: timestamptz("sms_consent_at"),
    /** Set when the retention purge removed the record (decision 024): the row stays as an empty stub for the audit log. */
    purgedAt: timestamptz("purged_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check("patients_name_present", sql`length(btrim(${t.fullName})) > 0`),
    check("patients_birth_date_plausible", sql`${t.dateOfBirth} >= date '1900-01-01'`),
    index("patients_name_idx").on(sql`lower(${t.fullName})`),
  ],
);

export const therapists = pgTable(
  "therapists",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .unique()
      .references(() => users.id, { onDelete: "restrict" }),
    /** The slug is the stable, readable key used by the seed and in URLs. */
    slug: text("slug").notNull().unique(),
    displayName: text("display_name").notNull(),
    title: text("title").notNull(),
    bio: text("bio").notNull().default(""),
    active: boolean("active").notNull().default(true),
    sortOrder: smallint("sort_order").notNull().default(0),
    /** SHA-256 of the therapist's private calendar-feed link (null: no feed); a new link replaces the old. */
    calendarFeedTokenHash: text("calendar_feed_token_hash").unique(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [check("therapists_name_present", sql`length(btrim(${t.displayName})) > 0`)],
);
