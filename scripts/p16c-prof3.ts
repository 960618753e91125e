import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import { closeDatabase, db } from "@/db";
import { portalPatients } from "@/e2e/support/portal-accounts";
const pid = portalPatients.anna.patientId;
const qs: Record<string, string> = {
  plan: `select id from plans where patient_id='${pid}' and status='active' order by status, started_on desc, created_at desc limit 1`,
  phases: `select * from plan_phases where plan_id='${portalPatients.anna.planId}' order by position`,
  exercises: `select pe.*, e.name from plan_exercises pe join exercises e on e.id=pe.exercise_id where pe.phase_id in (select id from plan_phases where plan_id='${portalPatients.anna.planId}') order by pe.position`,
  sessions: `select * from sessions limit 1`,
};
for (const [name, q] of Object.entries(qs)) {
  const times: number[] = [];
  for (let i = 0; i < 8; i++) { const t = performance.now(); await db.execute(sql.raw(q)); times.push(performance.now() - t); }
  times.sort((a, b) => a - b);
  const plan = await db.execute(sql.raw("explain analyze " + q));
  console.log(name, times[4]!.toFixed(1), "ms", JSON.stringify((plan as any).rows ?? plan).slice(0, 400));
}
await closeDatabase();
