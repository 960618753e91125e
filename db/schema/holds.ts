import { sql } from "drizzle-orm";
import { boolean, check, index, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { createdAt, id, timestamptz, tstzrange } from "./columns";
import { services } from "./scheduling";
import { therapists } from "./people";

/**
 * A time held for a booking that its account's owner still has to confirm (decision 016). An anonymous
 * booking with the e-mail address of an existing account is not yet an appointment nor part of anyone's
 * record: it is kept here, with the answers as typed, until the owner confirms through the link in the
 * e-mail (then it becomes an appointment with its intake and this row is deleted) or it expires.
 *
 * An active hold (`expires_at` in the future) blocks its time for every booking path: they all read it
 * under the therapist lock (lib/data/availability.ts). An expired hold blocks nothing: the booking
 * transaction deletes expired holds in its way before it writes, and a job deletes the rest. The exclusion
 * constraint `booking_holds_no_overlap` (migration) refuses two holds of one therapist over one time.
 */
export const bookingHolds = pgTable(
  "booking_holds",
  {
    id: id(),
    therapistId: uuid("therapist_id")
      .notNull()
      .references(() => therapists.id, { onDelete: "cascade" }),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id, { onDelete: "cascade" }),
    /** The account whose owner must confirm; the booking becomes theirs only then. */
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    startsAt: timestamptz("starts_at").notNull(),
    endsAt: timestamptz("ends_at").notNull(),
    during: tstzrange("during").generatedAlwaysAs(sql`tstzrange(starts_at, ends_at, '[)')`),
    expiresAt: timestamptz("expires_at").notNull(),
    /** SHA-256 of the confirmation link's token; the token itself is only in the owner's e-mail. */
    confirmTokenHash: text("confirm_token_hash").notNull().unique(),
    /** SHA-256 of the booking form's idempotency key: a double submit finds this hold. */
    idempotencyKey: text("idempotency_key").notNull().unique(),
    /** The validated intake answers as submitted; they become an intake only when the owner confirms. */
    answers: jsonb("answers").$type<Record<string, unknown>>().notNull(),
    noPreference: boolean("no_preference").notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    index("booking_holds_therapist_time_idx").on(t.therapistId, t.startsAt),
    index("booking_holds_expires_idx").on(t.expiresAt),
    check("booking_holds_start_before_end", sql`${t.startsAt} < ${t.endsAt}`),
    check("booking_holds_answers_object", sql`jsonb_typeof(${t.answers}) = 'object'`),
  ],
);
