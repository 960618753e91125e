import { performance } from "node:perf_hooks";
import { closeDatabase } from "@/db";
import { portalPatients } from "@/e2e/support/portal-accounts";
import { getPortalOverview, getActivePlan } from "@/lib/data/plan";
import { getProgress } from "@/lib/data/progress";
import { getChecklist } from "@/lib/data/session-log";
import { getOwnDisplayName } from "@/lib/data/profile";
import { nextOwnAppointment } from "@/lib/data/appointments";
import { sessionFor } from "@/tests/sessions";

const A = await sessionFor(portalPatients.anna.userId);
const fns: Record<string, () => Promise<unknown>> = {
  name: () => getOwnDisplayName(A),
  overview: () => getPortalOverview(A),
  checklist: () => getChecklist(A, "today"),
  appointment: () => nextOwnAppointment(A),
  plan: () => getActivePlan(A),
  progress: () => getProgress(A),
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
  console.log(name, times[5]!.toFixed(1), "ms", JSON.stringify(await fn()).length, "chars");
}
await closeDatabase();
