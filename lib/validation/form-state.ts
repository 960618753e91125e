import type { z } from "zod";

/**
 * The one result type of every server action behind a form (house style): `ok`, a Dutch `message` for the
 * whole form, Dutch `fieldErrors` per field name, and the submitted `values` so the form shows what the
 * user typed after an error. Never a password, never a raw database row.
 */
export type FormState<Field extends string = string> = {
  ok: boolean;
  message?: string;
  fieldErrors?: Partial<Record<Field, string[]>>;
  values?: Partial<Record<Field, string>>;
};

export const initialFormState: FormState = { ok: false };

/** The submitted text values of a form, for re-display after an error (files and passwords left out). */
export function formValues(formData: FormData, omit: readonly string[] = ["password", "newPassword", "confirmPassword", "currentPassword"]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || omit.includes(key) || key.startsWith("$ACTION")) continue;
    // Multiple values (checkbox groups) are joined so the form can split them again.
    values[key] = key in values ? `${values[key]},${value}` : value;
  }
  return values;
}

/** Zod issues as field errors: the first path segment names the field. */
export function fieldErrorsFrom(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    (errors[field] ??= []).push(issue.message);
  }
  return errors;
}

/** The state for a form that did not validate: field errors, a summary, and the values to show again. */
export function invalidForm<Field extends string>(error: z.ZodError, formData: FormData, message = "Controleer de gemarkeerde velden."): FormState<Field> {
  return {
    ok: false,
    message,
    fieldErrors: fieldErrorsFrom(error) as Partial<Record<Field, string[]>>,
    values: formValues(formData) as Partial<Record<Field, string>>,
  };
}
