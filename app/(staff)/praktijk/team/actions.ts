"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { changeStaffRole, createAdminAccount, createTherapistAccount, deactivateStaff, reactivateStaff, resendStaffInvitation, type TeamChange } from "@/lib/data/staff/team";
import { refreshHomePage, refreshPracticalPage } from "@/lib/content/home-route";
import { deliverSoon } from "@/lib/mail/outbox";
import { z } from "zod";
import { validatedAction } from "@/lib/actions/validated-action";
import { formValues, type FormState } from "@/lib/validation/form-state";
import { adminAccountSchema, staffRoleSchema, therapistAccountSchema } from "@/lib/validation/team";
import { staffSession } from "../settings-guard";

/** The team actions (admins only, decided again in lib/data/staff/team.ts). */
const PAGE = "/praktijk/team";
const admins = {
  session: () => staffSession(PAGE),
  roles: ["admin"],
  forbidden: "Dit kan alleen een beheerder. Er is niets gewijzigd.",
  invalid: "Controleer de gemarkeerde velden.",
} as const;
/** The staff account an action is about; which accounts may be changed is decided in lib/data. */
const userIdSchema = z.object({ userId: z.string().default("") });

export type TeamNotice = "therapeut-aangemaakt" | "beheerder-aangemaakt" | "rol-gewijzigd" | "gedeactiveerd" | "geactiveerd" | "link-verstuurd";

const refusals: Record<Exclude<Extract<TeamChange, { ok: false }>["reason"], "invalid">, string> = {
  not_found: "Dit account bestaat niet (meer) of is geen medewerkersaccount. Er is niets gewijzigd.",
  self: "Je eigen rol wijzigen of je eigen account deactiveren kan niet: zo sluit je jezelf niet buiten. Vraag dit aan een andere beheerder.",
  no_therapist_profile: "Deze beheerder heeft geen behandelaarsprofiel en kan daarom geen fysiotherapeut worden. Maak een nieuw account als fysiotherapeut aan.",
  unchanged: "Er was niets te wijzigen; de pagina is bijgewerkt.",
};

function refused(result: Extract<TeamChange, { ok: false }>, formData: FormData): FormState {
  if (result.reason === "invalid") return { ok: false, message: "Controleer de gemarkeerde velden.", fieldErrors: { [result.field]: [result.message] }, values: formValues(formData) };
  return { ok: false, message: refusals[result.reason] };
}

function done(notice: TeamNotice, extra: Record<string, string> = {}): never {
  revalidatePath(PAGE);
  // The home page lists the active therapists: render it again (decision 014).
  refreshHomePage();
  refreshPracticalPage(); // its opening hours list only active therapists
  redirect(`${PAGE}?${new URLSearchParams({ melding: notice, ...extra }).toString()}`);
}

export async function createTherapistAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return validatedAction(formData, {
    ...admins,
    name: "team.create_therapist",
    schema: therapistAccountSchema,
    input: ["email", "displayName", "title", "slug", "sortOrder"],
    run: async (data, { session }) => {
      const result = await createTherapistAccount(session, data);
      if (!result.ok) return refused(result, formData);
      after(deliverSoon);
      done("therapeut-aangemaakt");
    },
  });
}

export async function createAdminAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return validatedAction(formData, {
    ...admins,
    name: "team.create_admin",
    schema: adminAccountSchema,
    input: ["email"],
    run: async (data, { session }) => {
      const result = await createAdminAccount(session, data);
      if (!result.ok) return refused(result, formData);
      after(deliverSoon);
      done("beheerder-aangemaakt");
    },
  });
}

export async function changeRoleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return validatedAction(formData, {
    ...admins,
    name: "team.change_role",
    schema: z.object({ role: staffRoleSchema, userId: z.string().default("") }),
    input: ["role", "userId"],
    invalid: "Kies een geldige rol.",
    run: async ({ role, userId }, { session }) => {
      const result = await changeStaffRole(session, userId, role);
      if (!result.ok) return refused(result, formData);
      done("rol-gewijzigd");
    },
  });
}

export async function deactivateAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return validatedAction(formData, {
    ...admins,
    name: "team.deactivate",
    schema: userIdSchema,
    input: ["userId"],
    run: async ({ userId }, { session }) => {
      const result = await deactivateStaff(session, userId);
      if (!result.ok) return refused(result, formData);
      done("gedeactiveerd", result.upcomingAppointments ? { afspraken: String(result.upcomingAppointments) } : {});
    },
  });
}

export async function reactivateAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return validatedAction(formData, {
    ...admins,
    name: "team.reactivate",
    schema: userIdSchema,
    input: ["userId"],
    run: async ({ userId }, { session }) => {
      const result = await reactivateStaff(session, userId);
      if (!result.ok) return refused(result, formData);
      done("geactiveerd");
    },
  });
}

export async function resendInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return validatedAction(formData, {
    ...admins,
    name: "team.resend_invitation",
    schema: userIdSchema,
    input: ["userId"],
    run: async ({ userId }, { session }) => {
      const result = await resendStaffInvitation(session, userId);
      if (!result.ok) return refused(result, formData);
      after(deliverSoon);
      done("link-verstuurd");
    },
  });
}
