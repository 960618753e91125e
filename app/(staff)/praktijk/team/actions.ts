"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { changeStaffRole, createAdminAccount, createTherapistAccount, deactivateStaff, reactivateStaff, resendStaffInvitation, type TeamChange } from "@/lib/data/staff/team";
import { refreshHomePage } from "@/lib/content/home-route";
import { deliverSoon } from "@/lib/mail/outbox";
import { formValues, invalidForm, type FormState } from "@/lib/validation/form-state";
import { adminAccountSchema, staffRoleSchema, therapistAccountSchema } from "@/lib/validation/team";
import { adminActionSession } from "../settings-guard";

/** The team actions (admins only, decided again in lib/data/staff/team.ts). */
const PAGE = "/praktijk/team";
const ADMINS_ONLY: FormState = { ok: false, message: "Dit kan alleen een beheerder. Er is niets gewijzigd." };

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
  redirect(`${PAGE}?${new URLSearchParams({ melding: notice, ...extra }).toString()}`);
}

const field = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : undefined;
};

export async function createTherapistAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const session = await adminActionSession(PAGE);
  if (!session) return ADMINS_ONLY;
  const parsed = therapistAccountSchema.safeParse({
    email: field(formData, "email"),
    displayName: field(formData, "displayName"),
    title: field(formData, "title"),
    slug: field(formData, "slug"),
    sortOrder: field(formData, "sortOrder"),
  });
  if (!parsed.success) return invalidForm(parsed.error, formData);
  const result = await createTherapistAccount(session, parsed.data);
  if (!result.ok) return refused(result, formData);
  after(deliverSoon);
  done("therapeut-aangemaakt");
}

export async function createAdminAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const session = await adminActionSession(PAGE);
  if (!session) return ADMINS_ONLY;
  const parsed = adminAccountSchema.safeParse({ email: field(formData, "email") });
  if (!parsed.success) return invalidForm(parsed.error, formData);
  const result = await createAdminAccount(session, parsed.data);
  if (!result.ok) return refused(result, formData);
  after(deliverSoon);
  done("beheerder-aangemaakt");
}

export async function changeRoleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const session = await adminActionSession(PAGE);
  if (!session) return ADMINS_ONLY;
  const role = staffRoleSchema.safeParse(field(formData, "role"));
  if (!role.success) return { ok: false, message: "Kies een geldige rol." };
  const result = await changeStaffRole(session, field(formData, "userId") ?? "", role.data);
  if (!result.ok) return refused(result, formData);
  done("rol-gewijzigd");
}

export async function deactivateAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const session = await adminActionSession(PAGE);
  if (!session) return ADMINS_ONLY;
  const result = await deactivateStaff(session, field(formData, "userId") ?? "");
  if (!result.ok) return refused(result, formData);
  done("gedeactiveerd", result.upcomingAppointments ? { afspraken: String(result.upcomingAppointments) } : {});
}

export async function reactivateAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const session = await adminActionSession(PAGE);
  if (!session) return ADMINS_ONLY;
  const result = await reactivateStaff(session, field(formData, "userId") ?? "");
  if (!result.ok) return refused(result, formData);
  done("geactiveerd");
}

export async function resendInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const session = await adminActionSession(PAGE);
  if (!session) return ADMINS_ONLY;
  const result = await resendStaffInvitation(session, field(formData, "userId") ?? "");
  if (!result.ok) return refused(result, formData);
  after(deliverSoon);
  done("link-verstuurd");
}
