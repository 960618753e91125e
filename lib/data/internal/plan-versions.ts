import "server-only";
import { and, desc, eq, gte, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { planVersions, plans, therapists, users } from "@/db/schema";
import { diffPlanVersions, type PlanChange, type PlanSnapshot } from "@/lib/plans/versions";

const staffName = sql<string>`coalesce(${therapists.displayName}, ${users.email})`;

/**
 * Plan versions in the database (issue 17, point 4; decision 023). The live tables (plan_phases,
 * plan_exercises) are the working copy; a version is the snapshot `keten_plan_snapshot` reads from them,
 * stored when the plan is published (version 1) and after each change to a published plan that the patient
 * would notice (version n+1). Versions are append-only (triggers). Internal: callers checked access.
 */
export async function planSnapshot(executor: Executor, planId: string): Promise<PlanSnapshot> {
  const [row] = await executor
    .select({ content: sql<PlanSnapshot | string>`keten_plan_snapshot(${plans.id})` })
    .from(plans)
    .where(eq(plans.id, planId))
    .limit(1);
  if (!row) throw new Error(`plan ${planId} does not exist`);
  return typeof row.content === "string" ? (JSON.parse(row.content) as PlanSnapshot) : row.content;
}

async function latestVersion(executor: Executor, planId: string) {
  const [row] = await executor
    .select({ version: planVersions.version, content: planVersions.content })
    .from(planVersions)
    .where(eq(planVersions.planId, planId))
    .orderBy(desc(planVersions.version))
    .limit(1);
  return row ?? null;
}

/** Publishes a draft: sets its publication time and stores version 1. The caller locked the plan. */
export async function publishDraft(executor: Executor, planId: string, userId: string, now: Date): Promise<void> {
  await executor.update(plans).set({ publishedAt: now }).where(eq(plans.id, planId));
  await executor.insert(planVersions).values({ planId, version: 1, content: await planSnapshot(executor, planId), publishedBy: userId, publishedAt: now });
}

/**
 * After a change to a plan (the caller holds its lock): a published plan whose content now differs from its
 * latest version gets the next version. Returns its number and the changes, or null (a draft, or nothing the
 * patient would see changed, such as advancing to the next phase).
 */
export async function recordVersionIfChanged(executor: Executor, planId: string, userId: string, now = new Date()): Promise<{ version: number; changes: PlanChange[] } | null> {
  const [plan] = await executor.select({ publishedAt: plans.publishedAt }).from(plans).where(eq(plans.id, planId)).limit(1);
  if (!plan?.publishedAt) return null;
  const latest = await latestVersion(executor, planId);
  const content = await planSnapshot(executor, planId);
  const changes = latest ? diffPlanVersions(latest.content, content) : [];
  if (latest && changes.length === 0) return null;
  const version = (latest?.version ?? 0) + 1;
  await executor.insert(planVersions).values({ planId, version, content, publishedBy: userId, publishedAt: now });
  return { version, changes };
}

export type PlanVersionEntry = { version: number; publishedAt: Date; publishedByName: string | null; changes: PlanChange[] };

/** A plan's versions, newest first, each with what changed since the one before (version 1: nothing listed). */
export async function planVersionHistory(executor: Executor, planId: string, since?: Date): Promise<PlanVersionEntry[]> {
  const rows = await executor
    .select({ version: planVersions.version, content: planVersions.content, publishedAt: planVersions.publishedAt, publishedByName: staffName })
    .from(planVersions)
    .leftJoin(users, eq(users.id, planVersions.publishedBy))
    .leftJoin(therapists, eq(therapists.userId, users.id))
    .where(and(eq(planVersions.planId, planId), since ? gte(planVersions.publishedAt, since) : undefined))
    .orderBy(desc(planVersions.version));
  // The version before the oldest row in a window is needed for its diff.
  const oldest = rows.at(-1);
  const before =
    oldest && oldest.version > 1 && since
      ? ((await executor.select({ content: planVersions.content }).from(planVersions).where(and(eq(planVersions.planId, planId), eq(planVersions.version, oldest.version - 1))).limit(1))[0] ?? null)
      : null;
  return rows.map((row, i) => {
    const previous = rows[i + 1]?.content ?? (row === oldest ? before?.content : undefined);
    return { version: row.version, publishedAt: row.publishedAt, publishedByName: row.publishedByName, changes: previous ? diffPlanVersions(previous, row.content) : [] };
  });
}
