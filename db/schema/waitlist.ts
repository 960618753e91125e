import { sql } from "drizzle-orm";
import { check, date, index, pgEnum, pgTable, smallint, text, unique, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, timestamptz } from "./columns";
import { patients, therapists } from "./people";
import { appointments, services } from "./scheduling";

export const waitlistStatuses = ["waiting", "booked", "left"] as const;
export const waitlistStatus = pgEnum("waitlist_status", waitlistStatuses);

/**
 * Someone waiting for a time: the treatment, a therapist or anyone, the weekdays (ISO) and parts of the day
 * that suit them, and until when. A visitor without an account leaves a name, date of birth and e-mail
 * (nothing is written into any patient record until they claim a time through a link sent to that
 * address); a logged-in patient is linked to their record.
 */
export const waitlistEntries = pgTable(
  "waitlist_entries",
  {
    id: id(),
    patientId: uuid("patient_id").references(() => patients.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    fullName: text("full_name").notNull(),
    dateOfBirth: date("date_of_birth", { mode: "string" }),
    phone: text("phone"),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id, { onDelete: "cascade" }),
    therapistId: uuid("therapist_id").references(() => therapists.id, { onDelete: "cascade" }),
    weekdays: smallint("weekdays").array().notNull(),
    dayParts: text("day_parts").array().notNull(),
    untilDate: date("until_date", { mode: "string" }).notNull(),
    status: waitlistStatus("status").notNull().default("waiting"),
    /** SHA-256 of the link that takes the waiter off the list (in every e-mail). */
    leaveTokenHash: text("leave_token_hash").notNull().unique(),
    bookedAppointmentId: uuid("booked_appointment_id").references(() => appointments.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("waitlist_entries_waiting_idx").on(t.serviceId, t.createdAt).where(sql`${t.status} = 'waiting'`),
    check("waitlist_entries_weekdays", sql`cardinality(${t.weekdays}) between 1 and 7 and ${t.weekdays} <@ array[1,2,3,4,5,6,7]::smallint[]`),
    check("waitlist_entries_day_parts", sql`cardinality(${t.dayParts}) between 1 and 3 and ${t.dayParts} <@ array['morning','afternoon','evening']::text[]`),
    check("waitlist_entries_name", sql`length(btrim(${t.fullName})) between 1 and 120`),
  ],
);

export const offerStatuses = ["open", "claimed", "lost", "expired"] as const;
export const offerStatus = pgEnum("waitlist_offer_status", offerStatuses);

/**
 * A freed time offered to one waiter, with a claim link valid until `expires_at`. Several waiters get an
 * offer for the same time; the first to claim books it (the exclusion constraint decides), the others'
 * offers become `lost` ("net vergeven") and they stay on the list.
 */
export const waitlistOffers = pgTable(
  "waitlist_offers",
  {
    id: id(),
    entryId: uuid("entry_id")
      .notNull()
      .references(() => waitlistEntries.id, { onDelete: "cascade" }),
    therapistId: uuid("therapist_id")
      .notNull()
      .references(() => therapists.id, { onDelete: "cascade" }),
    startsAt: timestamptz("starts_at").notNull(),
    endsAt: timestamptz("ends_at").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    status: offerStatus("status").notNull().default("open"),
    expiresAt: timestamptz("expires_at").notNull(),
    claimedAt: timestamptz("claimed_at"),
    createdAt: createdAt(),
  },
  (t) => [
    unique("waitlist_offers_once_per_time").on(t.entryId, t.therapistId, t.startsAt),
    index("waitlist_offers_time_idx").on(t.therapistId, t.startsAt),
    check("waitlist_offers_period", sql`${t.startsAt} < ${t.endsAt}`),
  ],
);
