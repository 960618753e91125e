import { eq } from "drizzle-orm";
import { auditEvents, users } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { demoAccounts } from "@/db/seed-data/demo";
import { seedWorkspaceClinicalFixtures } from "@/e2e/fixtures/workspace-clinical";
import { clinicalPatient } from "@/e2e/support/workspace";
import { emptyLink, type AssessmentContent } from "@/lib/assessment/chain";
import { sessionFor } from "@/tests/sessions";
import { db } from "@/tests/test-database";

/** Shared set-up of the clinical workspace's integration tests: the demo practice and patient Fenna. */
export const fakeHash = async (password: string) => `test-hash:${password}`;

export async function seedClinical(): Promise<void> {
  await seedDatabase(db, { hashPassword: fakeHash, now: new Date("2026-03-20T12:00:00Z") });
  await seedWorkspaceClinicalFixtures(db, { hashPassword: fakeHash });
}

export async function sessionByEmail(email: string) {
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return sessionFor(user!.id);
}

export const staffSessions = async () => ({
  sanne: await sessionByEmail(demoAccounts.therapist.email),
  joris: await sessionByEmail(demoAccounts.secondTherapist.email),
  fenna: await sessionFor(clinicalPatient.userId),
});

export async function auditActions(patientId: string | null = clinicalPatient.patientId): Promise<string[]> {
  const rows = await db.select({ action: auditEvents.action, patientId: auditEvents.patientId }).from(auditEvents).orderBy(auditEvents.id);
  return rows.filter((row) => row.patientId === patientId).map((row) => row.action);
}

export function assessmentContent(overrides: Partial<AssessmentContent> = {}): AssessmentContent {
  return {
    gradeEstimate: 1,
    conclusion: "Zwakke heupen; de hamstring neemt het over.",
    weakLinks: ["hips", "core"],
    notes: "",
    links: {
      feet_ankles: { rating: "normal", findings: "Goede hielaanzet.", measures: { dorsiflexionLeft: 11, dorsiflexionRight: 12.5 } },
      knees: emptyLink(),
      hips: { rating: "compensating", findings: "Gluteus medius zwak links.", measures: { internalRotationLeft: 30, internalRotationRight: 38 } },
      pelvis_lower_back: { rating: "limited", findings: "Bekken kantelt naar voren.", measures: {} },
      core: { rating: "limited", findings: "Dead bug wankel.", measures: {} },
      hamstring: { rating: "limited", findings: "Drukpijn links.", measures: { strengthLeft: 174, strengthRight: 200 } },
    },
    ...overrides,
  };
}
