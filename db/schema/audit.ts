import { bigint, index, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { timestamptz } from "./columns";
import { patients } from "./people";

/**
 * Who did what with which patient's record, when and from where (NEN 7513). Append-only: a trigger in
 * `0002_append_only.sql` refuses UPDATE, DELETE and TRUNCATE.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    occurredAt: timestamptz("occurred_at").notNull().defaultNow(),
    actorUserId: uuid("actor_user_id").references(() => users.id, { onDelete: "restrict" }),
    /** The role at the time of the event ("patient", "therapist", "admin", "system", "anonymous"). */
    actorRole: text("actor_role").notNull(),
    action: text("action").notNull(),
    patientId: uuid("patient_id").references(() => patients.id, { onDelete: "restrict" }),
    recordType: text("record_type"),
    recordId: text("record_id"),
    ip: text("ip"),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    index("audit_events_patient_idx").on(t.patientId, t.occurredAt),
    index("audit_events_actor_idx").on(t.actorUserId, t.occurredAt),
  ],
);
