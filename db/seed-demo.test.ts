import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { listAgenda } from "@/lib/data/staff/agenda";
import { getPatientRecord } from "@/lib/data/staff/patients";
import { listAssessments } from "@/lib/data/staff/assessment-history";
import { getPatientTimeline } from "@/lib/data/staff/timeline";
import { getPlanWorkspace } from "@/lib/data/staff/plans";
import { getTailoring } from "@/lib/data/staff/tailoring";
import { sessionFor } from "@/tests/sessions";
import { db, withTestDatabase } from "@/tests/test-database";
import * as t from "./schema";
import { demoAccounts } from "./seed-data/demo";
import { seedDatabase } from "./seed";
import { seedDemoPractice } from "./seed-demo";

withTestDatabase();

// A Wednesday morning; the demo week then runs from the Saturday before until the Monday after next.
const now = new Date("2026-11-18T08:15:00Z");

async function sessionOf(email: string) {
  const [user] = await db.select({ id: t.users.id }).from(t.users).where(eq(t.users.email, email));
  return sessionFor(user!.id);
}

describe("the demo practice", () => {
  it("fills both therapists' week with analyses, follow-ups, a no-show, a cancellation and flagged intakes", async () => {
    await seedDatabase(db, { hashPassword: async (p) => `test-hash:${p}`, now });
    const started = performance.now();
    await seedDemoPractice(db, { now });
    console.log(`demo practice seeded in ${Math.round(performance.now() - started)} ms`);

    const sanne = await sessionOf(demoAccounts.therapist.email);
    const week = await listAgenda(sanne, { fromDate: "2026-11-16", toDate: "2026-11-22", therapist: "all", includeCancelled: true }, now);
    const statuses = week.entries.map((e) => e.status);
    expect(statuses).toContain("attended");
    expect(statuses).toContain("confirmed");
    expect(statuses.filter((s) => s === "no_show")).toHaveLength(1);
    expect(statuses.filter((s) => s === "cancelled")).toHaveLength(1);
    expect(new Set(week.entries.map((e) => e.therapist.slug))).toEqual(new Set(["sanne-de-vries", "joris-bakker"]));
    expect(week.entries.some((e) => e.serviceName === "Bewegingsketenanalyse")).toBe(true);
    expect(week.entries.some((e) => e.serviceName === "Vervolgbehandeling")).toBe(true);

    const flagged = week.entries.filter((e) => e.intake?.warning);
    expect(flagged.map((e) => e.intake!.triageOutcome).sort()).toEqual(["book_analysis", "see_soon"]);
    expect(flagged.every((e) => e.startsAt > now)).toBe(true);

    // Her own agenda today is not empty any more.
    const today = await listAgenda(sanne, { fromDate: "2026-11-18", toDate: "2026-11-18", therapist: "joris-bakker" }, now);
    expect(today.entries.length).toBeGreaterThan(0);
  });

  it("gives Lotte past visits, two assessments showing progress and three weeks of logs", async () => {
    const [lotte] = await db
      .select({ id: t.patients.id })
      .from(t.patients)
      .innerJoin(t.users, eq(t.users.id, t.patients.userId))
      .where(eq(t.users.email, demoAccounts.patient.email));
    const sanne = await sessionOf(demoAccounts.therapist.email);
    const record = await getPatientRecord(sanne, lotte!.id, now);
    expect(record!.past.filter((a) => a.status === "attended").length).toBeGreaterThanOrEqual(3);
    expect(record!.upcoming.length).toBeGreaterThanOrEqual(1);

    const timeline = (await getPatientTimeline(sanne, lotte!.id, now))!;
    const visits = timeline.filter((i) => i.kind === "visit");
    expect(visits.filter((v) => v.note).length).toBe(3);
    expect(visits.some((v) => v.note?.revisions === 2)).toBe(true);
    expect(timeline.some((i) => i.kind === "phase" && i.event === "completed")).toBe(true);
    expect(timeline.filter((i) => i.kind === "assessment")).toHaveLength(2);

    expect(timeline.filter((i) => i.kind === "measure")).toHaveLength(6);
    const plan = await getPlanWorkspace(sanne, lotte!.id);
    const psk = plan!.currentCriteria.find((c) => c.criterion === "PSK gemiddeld ≤ 3");
    expect(psk).toMatchObject({ metByMeasurement: true, outcome: { value: 3 } });

    // Tailoring: the hips (named weak, rated limited) and the hamstring (89% < 90%); the feet are fine now.
    const tailoring = await getTailoring(sanne, lotte!.id);
    expect(tailoring!.links).toEqual(["hips", "hamstring"]);
    expect(tailoring!.groups.find((g) => g.link === "hips")!.exercises.map((e) => e.name)).not.toContain("Bilbrug");
    const wedges = await db.select({ name: t.exercises.name, links: t.exercises.chainLinks }).from(t.exercises).where(sql`${t.exercises.slug} like 'wedge-%' or ${t.exercises.slug} = 'voetboog-activatie'`);
    expect(wedges.map((w) => w.name).sort()).toEqual(["Eenbenige balans op een wedge", "Kuitheffen op een wedge", "Kuitstretch op een wedge", "Voetboogactivatie (korte voet)"]);
    expect(wedges.every((w) => w.links.includes("feet_ankles"))).toBe(true);

    const assessments = await listAssessments(sanne, lotte!.id);
    expect(assessments).toHaveLength(2);
    const hamstring = await db
      .select({ measures: t.assessmentFindings.measures, revision: t.assessmentRevisions.revision, created: t.assessments.createdAt })
      .from(t.assessmentFindings)
      .innerJoin(t.assessmentRevisions, eq(t.assessmentRevisions.id, t.assessmentFindings.revisionId))
      .innerJoin(t.assessments, eq(t.assessments.id, t.assessmentRevisions.assessmentId))
      .where(eq(t.assessmentFindings.link, "hamstring"))
      .orderBy(t.assessments.createdAt, t.assessmentRevisions.revision);
    const latest = new Map(hamstring.map((row) => [row.created.getTime(), row.measures]));
    const ratios = [...latest.values()].map((m) => m.strengthLeft! / m.strengthRight!);
    expect(ratios[0]!).toBeLessThan(0.8);
    expect(ratios[1]!).toBeGreaterThan(ratios[0]!);

    const [span] = await db.select({ first: sql<string>`min(log_date)::text`, last: sql<string>`max(log_date)::text` }).from(t.exerciseLogs).where(eq(t.exerciseLogs.patientId, lotte!.id));
    expect(span).toEqual({ first: "2026-10-29", last: "2026-11-17" });
  });

  it("changes nothing when it runs again", async () => {
    const [before] = await db.select({ n: sql<number>`count(*)::int` }).from(t.appointments);
    await seedDemoPractice(db, { now: new Date("2026-11-25T08:00:00Z") });
    const [after] = await db.select({ n: sql<number>`count(*)::int` }).from(t.appointments);
    expect(after).toEqual(before);
  });
});
