import { sql } from "drizzle-orm";
import { check, index, jsonb, pgEnum, pgTable, smallint, text, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { createdAt, id } from "./columns";
import { patients } from "./people";
import { planPhases } from "./plans";

export const outcomeKinds = ["psk", "nprs"] as const;
export const outcomeKind = pgEnum("outcome_kind", outcomeKinds);
export type OutcomeKind = (typeof outcomeKinds)[number];

export const outcomeMoments = ["intake", "phase_change", "end", "check"] as const;
export const outcomeMoment = pgEnum("outcome_moment", outcomeMoments);
export type OutcomeMoment = (typeof outcomeMoments)[number];

/** One PSK activity: what the patient finds hard, scored 0 (no problem) to 10 (impossible). */
export type PskItem = { activity: string; score: number };

/**
 * Outcome measures (issue 17, point 3): PSK (patiëntspecifieke klachten: 3–5 activities scored 0–10; the
 * average in tenths) and NPRS (average pain over 24 hours, 0–10), filled in by the patient in the portal or
 * by the therapist in the room, at intake, at a phase change and at the end. Append-only like the rest of the
 * record: a mistake is corrected by a new measurement.
 */
export const outcomeMeasures = pgTable(
  "outcome_measures",
  {
    id: id(),
    patientId: uuid("patient_id")
      .notNull()
      .references(() => patients.id, { onDelete: "restrict" }),
    phaseId: uuid("phase_id").references(() => planPhases.id, { onDelete: "restrict" }),
    kind: outcomeKind("kind").notNull(),
    moment: outcomeMoment("moment").notNull(),
    /** NPRS: the score; PSK: the average × 10 (e.g. 43 for 4.3). */
    value: smallint("value").notNull(),
    items: jsonb("items").$type<PskItem[]>().notNull().default([]),
    recordedBy: uuid("recorded_by")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    recordedByRole: text("recorded_by_role").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("outcome_measures_patient_idx").on(t.patientId, t.kind, t.createdAt),
    check("outcome_measures_value_range", sql`(${t.kind} = 'nprs' and ${t.value} between 0 and 10) or (${t.kind} = 'psk' and ${t.value} between 0 and 100)`),
    check("outcome_measures_items_array", sql`jsonb_typeof(${t.items}) = 'array'`),
  ],
);
