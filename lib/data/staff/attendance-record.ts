import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { appointments } from "@/db/schema";

/**
 * How reliably a patient comes: no-shows, and cancellations inside the practice's cancellation window (a
 * patient can only do that by phone, so staff recorded them). Read inside the patient page's audited read.
 */
export type AttendanceRecord = { noShows: number; lateCancellations: number };

export async function attendanceRecord(executor: Executor, patientId: string, cancelCutoffHours: number): Promise<AttendanceRecord> {
  const [row] = await executor
    .select({
      noShows: sql<number>`count(*) filter (where ${appointments.status} = 'no_show')`.mapWith(Number),
      lateCancellations: sql<number>`count(*) filter (where ${appointments.status} = 'cancelled' and ${appointments.startsAt} - ${appointments.cancelledAt} < make_interval(hours => ${cancelCutoffHours}))`.mapWith(Number),
    })
    .from(appointments)
    .where(and(eq(appointments.patientId, patientId)));
  return { noShows: row?.noShows ?? 0, lateCancellations: row?.lateCancellations ?? 0 };
}
