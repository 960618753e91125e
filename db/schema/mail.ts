import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text } from "drizzle-orm/pg-core";
import { createdAt, id, timestamptz } from "./columns";

/**
 * The e-mail outbox. Every message is written here in the same transaction as the change it reports,
 * then delivered over SMTP; without SMTP (development) it stays here and is shown at /dev/mail.
 * Kept in PostgreSQL so that no message is lost when an instance stops, whichever instance sends it.
 */
export const outboxEmails = pgTable(
  "outbox_emails",
  {
    id: id(),
    kind: text("kind").notNull(),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    textBody: text("text_body").notNull(),
    htmlBody: text("html_body"),
    /** An attached calendar file (text/calendar), with its METHOD (REQUEST or CANCEL). */
    icsContent: text("ics_content"),
    icsMethod: text("ics_method"),
    createdAt: createdAt(),
    sentAt: timestamptz("sent_at"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamptz("next_attempt_at").notNull().defaultNow(),
    lastError: text("last_error"),
  },
  (t) => [
    index("outbox_emails_pending_idx").on(t.nextAttemptAt).where(sql`${t.sentAt} is null`),
    index("outbox_emails_recipient_idx").on(t.toAddress, t.createdAt),
    check("outbox_emails_ics_method", sql`${t.icsMethod} is null or ${t.icsMethod} in ('REQUEST', 'CANCEL')`),
  ],
);

/**
 * The text-message outbox, like the e-mail one: written in the transaction that decides to send, delivered
 * by an `sms.deliver` job through the configured provider; without one (development) it stays here and is
 * shown at /dev/sms.
 */
export const outboxSms = pgTable(
  "outbox_sms",
  {
    id: id(),
    kind: text("kind").notNull(),
    toPhone: text("to_phone").notNull(),
    body: text("body").notNull(),
    createdAt: createdAt(),
    sentAt: timestamptz("sent_at"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
  },
  (t) => [index("outbox_sms_created_idx").on(t.createdAt), check("outbox_sms_body_length", sql`length(${t.body}) between 1 and 480`)],
);
