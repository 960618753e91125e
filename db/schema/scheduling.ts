import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, pgEnum, pgTable, smallint, text, time, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { createdAt, id, timestamptz, tstzrange, updatedAt } from "./columns";
import { appointmentStatuses, type AppointmentStatus } from "../../lib/booking/appointment-status";
import { patients, therapists } from "./people";

export const serviceKinds = ["intake", "follow_up"] as const;
export const serviceKind = pgEnum("service_kind", serviceKinds);

export const services = pgTable(
  "services",
  {
    id: id(),
    slug: text("slug").notNull().unique(),
    kind: serviceKind("kind").notNull(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    minutes: smallint("minutes").notNull(),
    active: boolean("active").notNull().default(true),
    sortOrder: smallint("sort_order").notNull().default(0),
    /** The practice's price in euro cents, shown on /praktisch and in booking; null: not published. */
    priceCents: integer("price_cents"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check("services_minutes_range", sql`${t.minutes} between 5 and 480`),
    check("services_price_range", sql`${t.priceCents} is null or ${t.priceCents} between 0 and 100000`),
  ],
);

/**
 * The practice's booking rules, one row (id = 1). Kept in the database so the practice can change them
 * without a deploy, and so the slot engine never relies on scattered literals.
 */
export const practiceSettings = pgTable(
  "practice_settings",
  {
    id: smallint("id").primaryKey().default(1),
    timeZone: text("time_zone").notNull().default("Europe/Amsterdam"),
    bufferMinutes: smallint("buffer_minutes").notNull().default(10),
    minNoticeMinutes: integer("min_notice_minutes").notNull().default(720),
    horizonDays: smallint("horizon_days").notNull().default(56),
    slotStepMinutes: smallint("slot_step_minutes").notNull().default(15),
    cancelCutoffHours: smallint("cancel_cutoff_hours").notNull().default(24),
    /** The e-mail reminder goes this many hours before the start (0: none); later bookings get it the evening before. */
    reminderHoursBefore: smallint("reminder_hours_before").notNull().default(48),
    /** The local hour of "the evening before". */
    eveningReminderHour: smallint("evening_reminder_hour").notNull().default(19),
    /** The short text message this many hours before (0: none); only to patients who agreed to SMS. */
    shortReminderHours: smallint("short_reminder_hours").notNull().default(3),
    whatToBring: text("what_to_bring")
      .notNull()
      .default("Neem makkelijk zittende kleding mee (een korte broek is handig), de schoenen die je het meest draagt, je verwijzing als je die hebt en je zorgpas."),
    /** The practice's cancellation policy, shown before booking and in the confirmation. */
    cancellationPolicy: text("cancellation_policy")
      .notNull()
      .default(
        "Kun je niet komen? Annuleer of verzet je afspraak uiterlijk 24 uur van tevoren, dan kunnen we de tijd aan iemand anders geven. Een afspraak die later wordt afgezegd of waar je niet verschijnt, kunnen we in rekening brengen; je zorgverzekeraar vergoedt die niet.",
      ),
    /** How many waiters get an offer at once, and how long an offer can be claimed. */
    waitlistOfferCount: smallint("waitlist_offer_count").notNull().default(3),
    waitlistOfferMinutes: smallint("waitlist_offer_minutes").notNull().default(30),
    /** Who handles a complaint first (the klachtenfunctionaris) and how to reach them, shown on /praktisch. */
    complaintsOfficer: text("complaints_officer")
      .notNull()
      .default(
        "Ben je ergens niet tevreden over, zeg het dan eerst tegen je therapeut of bel de praktijk; vaak lossen we het samen op. Lukt dat niet, dan helpt de onafhankelijke klachtenfunctionaris van het Klachtenloket Paramedici je kosteloos verder: zie klachtenloketparamedici.nl.",
      ),
    /** Where an unresolved complaint goes (the geschillencommissie), shown on /praktisch. */
    disputesCommittee: text("disputes_committee")
      .notNull()
      .default(
        "Komen we er met hulp van de klachtenfunctionaris niet uit, dan kun je je klacht voorleggen aan de Geschillencommissie Paramedici. Die doet een bindende uitspraak. Meer weten: degeschillencommissiezorg.nl.",
      ),
    /** Whether therapists' calendar feeds carry full patient names (off: initials only). */
    calendarFullNames: boolean("calendar_full_names").notNull().default(false),
    updatedAt: updatedAt(),
  },
  (t) => [
    check("practice_settings_singleton", sql`${t.id} = 1`),
    check("practice_settings_buffer_range", sql`${t.bufferMinutes} between 0 and 120`),
    check("practice_settings_notice_range", sql`${t.minNoticeMinutes} between 0 and 20160`),
    check("practice_settings_horizon_range", sql`${t.horizonDays} between 1 and 366`),
    check("practice_settings_step_range", sql`${t.slotStepMinutes} in (5, 10, 15, 20, 30, 60)`),
    check("practice_settings_cutoff_range", sql`${t.cancelCutoffHours} between 0 and 168`),
    check("practice_settings_reminder_range", sql`${t.reminderHoursBefore} between 0 and 168`),
    check("practice_settings_evening_range", sql`${t.eveningReminderHour} between 12 and 22`),
    check("practice_settings_short_range", sql`${t.shortReminderHours} between 0 and 12`),
    check("practice_settings_offer_count_range", sql`${t.waitlistOfferCount} between 1 and 20`),
    check("practice_settings_offer_minutes_range", sql`${t.waitlistOfferMinutes} between 5 and 1440`),
    check("practice_settings_texts_length", sql`length(${t.whatToBring}) <= 1000 and length(${t.cancellationPolicy}) <= 2000`),
    check("practice_settings_complaints_length", sql`length(${t.complaintsOfficer}) <= 1000 and length(${t.disputesCommittee}) <= 1000`),
  ],
);

/**
 * A therapist's weekly opening hours as wall-clock times in the practice's time zone (ISO weekday,
 * 1 = Monday). Stored local on purpose: "Tuesday 09:00–17:00" stays 09:00 across daylight-saving changes.
 */
export const availabilityRules = pgTable(
  "availability_rules",
  {
    id: id(),
    therapistId: uuid("therapist_id")
      .notNull()
      .references(() => therapists.id, { onDelete: "cascade" }),
    weekday: smallint("weekday").notNull(),
    startTime: time("start_time").notNull(),
    endTime: time("end_time").notNull(),
    validFrom: date("valid_from", { mode: "string" }).notNull(),
    validTo: date("valid_to", { mode: "string" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("availability_rules_therapist_idx").on(t.therapistId, t.weekday),
    check("availability_rules_weekday_iso", sql`${t.weekday} between 1 and 7`),
    check("availability_rules_start_before_end", sql`${t.startTime} < ${t.endTime}`),
    check("availability_rules_valid_period", sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
  ],
);

export const exceptionKinds = ["absence", "extra_hours"] as const;
export const exceptionKind = pgEnum("availability_exception_kind", exceptionKinds);

/** Absences (holiday, illness, training) and extra hours, as instants. */
export const availabilityExceptions = pgTable(
  "availability_exceptions",
  {
    id: id(),
    therapistId: uuid("therapist_id")
      .notNull()
      .references(() => therapists.id, { onDelete: "cascade" }),
    kind: exceptionKind("kind").notNull(),
    startsAt: timestamptz("starts_at").notNull(),
    endsAt: timestamptz("ends_at").notNull(),
    reason: text("reason").notNull().default(""),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("availability_exceptions_therapist_idx").on(t.therapistId, t.startsAt),
    check("availability_exceptions_start_before_end", sql`${t.startsAt} < ${t.endsAt}`),
  ],
);

// The list is the domain's (lib/booking/appointment-status.ts); the schema builds its enum from it.
export { appointmentStatuses, type AppointmentStatus };
export const appointmentStatus = pgEnum("appointment_status", appointmentStatuses);

/**
 * Appointments. `during` is generated from `starts_at`/`ends_at`; the exclusion constraint
 * `appointments_no_overlap` (see the migration `0001_appointments_no_overlap.sql`) makes PostgreSQL itself
 * refuse two non-cancelled appointments of one therapist whose times overlap.
 */
export const appointments = pgTable(
  "appointments",
  {
    id: id(),
    therapistId: uuid("therapist_id")
      .notNull()
      .references(() => therapists.id, { onDelete: "restrict" }),
    patientId: uuid("patient_id")
      .notNull()
      .references(() => patients.id, { onDelete: "restrict" }),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id, { onDelete: "restrict" }),
    startsAt: timestamptz("starts_at").notNull(),
    endsAt: timestamptz("ends_at").notNull(),
    during: tstzrange("during").generatedAlwaysAs(sql`tstzrange(starts_at, ends_at, '[)')`),
    status: appointmentStatus("status").notNull().default("confirmed"),
    /** SHA-256 of the manage-link token; the token itself is only ever in the patient's e-mail. */
    manageTokenHash: text("manage_token_hash").unique(),
    /** SHA-256 of the manage link in the latest reminder (a second valid link; a reschedule clears it). */
    reminderTokenHash: text("reminder_token_hash").unique(),
    /** The ICS SEQUENCE: raised on every change so calendars replace the event instead of adding one. */
    icsSequence: integer("ics_sequence").notNull().default(0),
    /** A double submit of the same booking form carries the same key and yields the same appointment. */
    idempotencyKey: text("idempotency_key").unique(),
    bookedByUserId: uuid("booked_by_user_id").references(() => users.id, { onDelete: "set null" }),
    cancelledAt: timestamptz("cancelled_at"),
    cancellationReason: text("cancellation_reason"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("appointments_therapist_time_idx").on(t.therapistId, t.startsAt),
    index("appointments_patient_time_idx").on(t.patientId, t.startsAt),
    // The agenda of all therapists reads a week by time alone.
    index("appointments_starts_idx").on(t.startsAt),
    check("appointments_start_before_end", sql`${t.startsAt} < ${t.endsAt}`),
    check("appointments_sequence_non_negative", sql`${t.icsSequence} >= 0`),
    check(
      "appointments_cancelled_has_time",
      sql`(${t.status} = 'cancelled') = (${t.cancelledAt} is not null)`,
    ),
  ],
);
