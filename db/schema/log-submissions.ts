import { date, pgTable, uuid } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";
import { patients } from "./people";

/**
 * One row per checklist submission that carried an idempotency key (issue 16 point 10): a log made offline is
 * queued on the phone and sent again until an answer arrives, so the same submission can reach the server
 * twice (the first answer lost on the way back). The key is the primary key: the second arrival finds it and
 * stores nothing, also when the patient corrected that day in between. It holds no clinical content.
 */
export const logSubmissions = pgTable("log_submissions", {
  key: uuid("key").primaryKey(),
  patientId: uuid("patient_id")
    .notNull()
    .references(() => patients.id, { onDelete: "cascade" }),
  logDate: date("log_date", { mode: "string" }).notNull(),
  receivedAt: createdAt(),
});
