import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import { db } from "@/db";
import { availabilityRules, therapists, users } from "@/db/schema";
import { practiceOpeningHours, type OpeningDay } from "@/lib/booking/practice-hours";
import { todayIn } from "@/lib/time/zone";
import { listActiveServices, type PublicService } from "./catalogue";
import { weeklyBlockColumns } from "./internal/query-shapes";
import { getPracticeRules } from "./practice-settings";

/**
 * What the public page /praktisch shows from the database: prices, opening hours, the cancellation rule
 * and the complaints procedure as the practice configured them. Public by nature, so no session.
 */
export type PracticalInfo = {
  services: PublicService[];
  openingHours: OpeningDay[];
  cancelCutoffHours: number;
  cancellationPolicy: string;
  whatToBring: string;
  complaintsOfficer: string;
  disputesCommittee: string;
};

export async function getPracticalInfo(now = new Date()): Promise<PracticalInfo> {
  const rules = await getPracticeRules();
  const [services, blocks] = await Promise.all([
    listActiveServices(),
    db
      .select(weeklyBlockColumns)
      .from(availabilityRules)
      .innerJoin(therapists, eq(therapists.id, availabilityRules.therapistId))
      .innerJoin(users, eq(users.id, therapists.userId))
      .where(and(eq(therapists.active, true), isNull(users.deactivatedAt)))
      .orderBy(asc(availabilityRules.weekday), asc(availabilityRules.startTime)),
  ]);
  return {
    services,
    openingHours: practiceOpeningHours(blocks, todayIn(now, rules.timeZone)),
    cancelCutoffHours: rules.cancelCutoffHours,
    cancellationPolicy: rules.cancellationPolicy,
    whatToBring: rules.whatToBring,
    complaintsOfficer: rules.complaintsOfficer,
    disputesCommittee: rules.disputesCommittee,
  };
}
