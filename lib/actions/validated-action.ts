import "server-only";
import type { Session } from "next-auth";
import { z } from "zod";
import { db } from "@/db";
import type { UserRole } from "@/db/schema";
import { currentActor, ForbiddenError, type Actor } from "@/lib/auth/actor";
import { audit } from "@/lib/data/audit";
import { fieldErrorsFrom, formValues, type FormState } from "@/lib/validation/form-state";

/**
 * The one way to write a server action behind a form (decision 013). In order:
 * 1. the session of the area (`session`): a visitor without the right one is redirected by the area's helper
 *    (login page, second factor, their own home) before anything is read;
 * 2. the role (`roles`): anyone else gets `forbidden` as the form's message and an `action.refused` audit
 *    event, and nothing changes — the same when the data layer refuses the role (ForbiddenError);
 * 3. the form through its zod schema: on failure a Dutch summary, the field errors next to their fields and
 *    what the user typed (passwords left out), and `run` is not called;
 * 4. `run` with the parsed data: it calls lib/data, which checks ownership and audits the read or write in
 *    the same transaction, and returns the form's state (or redirects).
 * Public forms (booking, login) pass `session: null`.
 */
export type ActionSpec<Schema extends z.ZodType, Field extends string, Signed extends boolean, State extends FormState<Field> = FormState<Field>> = {
  /** The action's name in the audit log, e.g. "opening_hours.add_block". */
  name: string;
  session: Signed extends true ? () => Promise<Session> : null;
  roles?: readonly UserRole[];
  forbidden?: string;
  schema: Schema;
  /** What the schema reads: the named fields (text values; missing ones undefined), or a function of the form. */
  input: readonly string[] | ((formData: FormData) => unknown);
  /** The summary above the form when a field is wrong (or made from the field errors). */
  invalid?: string | ((fieldErrors: Record<string, string[]>) => string);
  /** The values shown again after an error; by default every text value except passwords. */
  values?: (formData: FormData) => FormState<Field>["values"];
  run: (
    data: z.output<Schema>,
    context: { session: Signed extends true ? Session : null; actor: Signed extends true ? Actor : null; formData: FormData; values: FormState<Field>["values"] },
  ) => Promise<State>;
};

export const INVALID_FORM = "Controleer de gemarkeerde velden. Er is niets opgeslagen.";
export const FORBIDDEN = "Met dit account kun je dit niet doen. Er is niets gewijzigd.";

/** The named text fields of a form, for a schema (a field that is absent or a file reads as undefined). */
export function formFields(formData: FormData, names: readonly string[]): Record<string, string | undefined> {
  return Object.fromEntries(
    names.map((name) => {
      const value = formData.get(name);
      return [name, typeof value === "string" ? value : undefined];
    }),
  );
}

async function refuse(name: string, actor: Actor, message: string): Promise<FormState<never>> {
  await audit(db, actor, { action: "action.refused", details: { action: name } });
  return { ok: false, message };
}

export async function validatedAction<Schema extends z.ZodType, Field extends string = string, State extends FormState<Field> = FormState<Field>>(
  formData: FormData,
  spec: ActionSpec<Schema, Field, true, State>,
): Promise<State>;
export async function validatedAction<Schema extends z.ZodType, Field extends string = string, State extends FormState<Field> = FormState<Field>>(
  formData: FormData,
  spec: ActionSpec<Schema, Field, false, State>,
): Promise<State>;
export async function validatedAction<Schema extends z.ZodType, Field extends string = string, State extends FormState<Field> = FormState<Field>>(
  formData: FormData,
  spec: ActionSpec<Schema, Field, boolean, State>,
): Promise<State> {
  const forbidden = spec.forbidden ?? FORBIDDEN;
  let session: Session | null = null;
  let actor: Actor | null = null;
  if (spec.session) {
    session = await spec.session();
    // The area's helper looked the actor up already; the lookup is cached per request.
    actor = await currentActor(session);
    if (!actor) throw new ForbiddenError();
    if (spec.roles && !spec.roles.includes(actor.role)) return (await refuse(spec.name, actor, forbidden)) as State;
  }
  const values = spec.values ? spec.values(formData) : (formValues(formData) as FormState<Field>["values"]);
  const input = typeof spec.input === "function" ? spec.input(formData) : formFields(formData, spec.input);
  const parsed = spec.schema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsFrom(parsed.error);
    const message = typeof spec.invalid === "function" ? spec.invalid(fieldErrors) : (spec.invalid ?? INVALID_FORM);
    return { ok: false, message, fieldErrors: fieldErrors as FormState<Field>["fieldErrors"], values } as State;
  }
  try {
    // The overloads tie `session` and `actor` to whether the spec has a session helper.
    return await spec.run(parsed.data, { session, actor, formData, values } as never);
  } catch (error) {
    if (error instanceof ForbiddenError && actor) return (await refuse(spec.name, actor, forbidden)) as State;
    throw error;
  }
}

/**
 * A schema over the whole form (`input: (form) => form`) for forms whose checks are a function of their own:
 * `parse` returns the data, or the Dutch field errors, which validatedAction then shows like any other.
 */
export function formSchema<T>(parse: (formData: FormData) => { ok: true; data: T } | { ok: false; fieldErrors: Partial<Record<string, string[]>> }) {
  return z.instanceof(FormData).transform((formData, ctx): T => {
    const result = parse(formData);
    if (result.ok) return result.data;
    for (const [field, messages] of Object.entries(result.fieldErrors)) for (const message of messages ?? []) ctx.addIssue({ code: "custom", path: [field], message });
    return z.NEVER;
  });
}
