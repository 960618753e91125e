import { eq } from "drizzle-orm";
import type { Session } from "next-auth";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { auditEvents } from "@/db/schema";
import { demoAccounts } from "@/db/seed-data/demo";
import { ForbiddenError } from "@/lib/auth/actor";
import { seedClinical, sessionByEmail } from "@/tests/clinical-support";
import { db, withTestDatabase } from "@/tests/test-database";
import type { FormState } from "@/lib/validation/form-state";
import { FORBIDDEN, validatedAction } from "./validated-action";

// What a user of any form notices, whichever action it is: a wrong field gets its Dutch message next to it
// and what they typed back (never a password), someone without the role is told so and nothing runs, and a
// refusal is in the audit log.
withTestDatabase();

let therapist: Session;
let admin: Session;
beforeAll(async () => {
  await seedClinical();
  therapist = (await sessionByEmail(demoAccounts.therapist.email)) as Session;
  admin = (await sessionByEmail(demoAccounts.admin.email)) as Session;
});

const schema = z.object({ title: z.string().min(3, "Geef een titel van minstens 3 tekens."), password: z.string().optional() });

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

const refusals = async () =>
  (await db.select({ details: auditEvents.details }).from(auditEvents).where(eq(auditEvents.action, "action.refused"))).map((row) => row.details);

describe("validatedAction", () => {
  it("answers a wrong field with its message next to it and the typed values (without the password), and does not run", async () => {
    let ran = false;
    const state = await validatedAction(form({ title: "x", password: "geheim-wachtwoord" }), {
      name: "test.invalid",
      session: async () => therapist,
      schema,
      input: ["title", "password"],
      run: async (): Promise<FormState> => {
        ran = true;
        return { ok: true };
      },
    });
    expect(ran).toBe(false);
    expect(state).toMatchObject({ ok: false, message: "Controleer de gemarkeerde velden. Er is niets opgeslagen.", fieldErrors: { title: ["Geef een titel van minstens 3 tekens."] }, values: { title: "x" } });
    expect(state.values).not.toHaveProperty("password");
  });

  it("runs with the parsed data, the session and the actor when the form is valid", async () => {
    const state = await validatedAction(form({ title: "Fase 1" }), {
      name: "test.valid",
      session: async () => therapist,
      schema,
      input: ["title"],
      run: async (data, { actor }) => ({ ok: true, message: `${data.title} door ${actor.role}` }),
    });
    expect(state).toEqual({ ok: true, message: "Fase 1 door therapist" });
  });

  it("tells someone without the role that they cannot, runs nothing, and writes the refusal to the audit log", async () => {
    let ran = false;
    const spec = {
      name: "test.admins_only",
      session: async () => therapist,
      roles: ["admin"] as const,
      forbidden: "Dit kan alleen een beheerder. Er is niets gewijzigd.",
      schema,
      input: ["title"],
      run: async () => {
        ran = true;
        return { ok: true };
      },
    };
    expect(await validatedAction(form({ title: "Fase 1" }), spec)).toEqual({ ok: false, message: "Dit kan alleen een beheerder. Er is niets gewijzigd." });
    expect(ran).toBe(false);
    expect(await refusals()).toContainEqual({ action: "test.admins_only" });
    expect(await validatedAction(form({ title: "Fase 1" }), { ...spec, session: async () => admin })).toEqual({ ok: true });
  });

  it("turns a refusal of the data layer into the same calm message, also audited", async () => {
    const state = await validatedAction(form({ title: "Fase 1" }), {
      name: "test.data_layer_refuses",
      session: async () => therapist,
      schema,
      input: ["title"],
      run: async () => {
        throw new ForbiddenError();
      },
    });
    expect(state).toEqual({ ok: false, message: FORBIDDEN });
    expect(await refusals()).toContainEqual({ action: "test.data_layer_refuses" });
  });

  it("serves public forms without a session", async () => {
    const state = await validatedAction(form({ title: "Hallo" }), { name: "test.public", session: null, schema, input: ["title"], run: async (data, { actor }) => ({ ok: actor === null, message: data.title }) });
    expect(state).toEqual({ ok: true, message: "Hallo" });
  });
});
