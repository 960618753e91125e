import { startPlan } from "@/lib/data/staff/plans";
import { setupSession, stopAnnaPlan, type World } from "./world";

/** A new draft plan for patient A (any active plan stopped first), for the publish action. */
export async function draftAnnaPlan(world: World): Promise<string> {
  await stopAnnaPlan(world);
  const started = await startPlan(await setupSession(world), world.anna.patientId, "template");
  if (!started.ok) throw new Error(`world: cannot start a plan (${started.reason})`);
  return started.planId;
}
