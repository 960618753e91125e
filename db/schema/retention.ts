import { sql } from "drizzle-orm";
import { boolean, check, index, pgEnum, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { createdAt, id, timestamptz } from "./columns";
import { patients } from "./people";

export const erasureStatuses = ["open", "answered"] as const;
export const erasureStatus = pgEnum("erasure_status", erasureStatuses);

/**
 * A patient's request to erase their data (AVG art. 17), and how the practice answered it (decision 024).
 * The medical record stays for its legal term (WGBO, art. 7:454 BW); the answer may close the portal account.
 */
export const erasureRequests = pgTable(
  "erasure_requests",
  {
    id: id(),
    patientId: uuid("patient_id")
      .notNull()
      .references(() => patients.id, { onDelete: "restrict" }),
    /** The patient's own words (optional). */
    message: text("message").notNull().default(""),
    status: erasureStatus("status").notNull().default("open"),
    answeredBy: uuid("answered_by").references(() => users.id, { onDelete: "restrict" }),
    answeredAt: timestamptz("answered_at"),
    /** What the staff member added to the standard explanation (optional). */
    answerNote: text("answer_note").notNull().default(""),
    accountClosed: boolean("account_closed").notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    index("erasure_requests_patient_idx").on(t.patientId, t.createdAt),
    index("erasure_requests_open_idx").on(t.createdAt).where(sql`${t.status} = 'open'`),
    check("erasure_requests_answer_complete", sql`(${t.status} = 'open') = (${t.answeredAt} is null)`),
  ],
);
