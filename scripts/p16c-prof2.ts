import { performance } from "node:perf_hooks";
import { closeDatabase, db } from "@/db";
import { portalPatients } from "@/e2e/support/portal-accounts";
import { requirePatient } from "@/lib/auth/actor";
import { loadPlanRecords, loadPlanLogs } from "@/lib/data/internal/plan-records";
import { thisWeek } from "@/lib/plans/sessions";
import { todayIn, startOfIsoWeek } from "@/lib/time/zone";
import { sessionFor } from "@/tests/sessions";

const A = await sessionFor(portalPatients.anna.userId);
const { patientId } = await requirePatient(A);
const records = (await loadPlanRecords(db, patientId, "active"))!;
const today = todayIn(new Date());
const logs = await loadPlanLogs(db, patientId, records.plan.id, startOfIsoWeek(today));
const fns: Record<string, () => unknown> = {
  requirePatient: () => requirePatient(A),
  records: () => loadPlanRecords(db, patientId, "active"),
  weekLogs: () => loadPlanLogs(db, patientId, records.plan.id, startOfIsoWeek(today)),
  allLogs: () => loadPlanLogs(db, patientId, records.plan.id),
  thisWeek: () => thisWeek({ startedOn: records.plan.startedOn, today, phases: records.phases, exercises: records.exercises, logs }),
  select1: () => db.execute("select 1"),
};
for (const [name, fn] of Object.entries(fns)) {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < 10; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(name, times[5]!.toFixed(1), "ms");
}
await closeDatabase();
