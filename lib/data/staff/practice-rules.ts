import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { practiceSettings } from "@/db/schema";
import { requireAdmin, type SessionLike } from "@/lib/auth/actor";
import type { PracticeRulesInput } from "@/lib/validation/practice-rules";
import { audit } from "../audit";
import { getPracticeRules, type PracticeRules } from "../practice-settings";

/**
 * The practice's rules for reminders, the cancellation window, the waitlist and calendar feeds, changed by
 * an admin (audited with the old and new values). New rules apply to what is planned from now on: reminders
 * already planned keep their moment.
 */
export async function readPracticeRules(session: SessionLike): Promise<PracticeRules> {
  await requireAdmin(session);
  return getPracticeRules();
}

export async function updatePracticeRules(session: SessionLike, input: PracticeRulesInput): Promise<void> {
  const actor = await requireAdmin(session);
  await db.transaction(async (tx) => {
    const before = await getPracticeRules(tx);
    await tx.update(practiceSettings).set(input).where(eq(practiceSettings.id, 1));
    const changed = Object.fromEntries(
      (Object.keys(input) as (keyof PracticeRulesInput)[]).filter((k) => before[k] !== input[k]).map((k) => [k, { from: before[k], to: input[k] }]),
    );
    await audit(tx, actor, { action: "practice.rules_changed", recordType: "practice_settings", recordId: "1", details: changed });
  });
}
