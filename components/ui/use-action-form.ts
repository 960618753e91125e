import { useActionState } from "react";
import type { FormState } from "@/lib/validation/form-state";

/**
 * A form's state under its server action: before the first answer the stored values (`defaults`; none for a
 * form that creates something), after it exactly what was posted (an unticked checkbox posts nothing, so no
 * merging with the defaults), and the field errors.
 */
export function useActionForm(action: (state: FormState, formData: FormData) => Promise<FormState>, defaults: Record<string, string> = {}) {
  const [state, formAction] = useActionState(action, { ok: false });
  const values: Partial<Record<string, string>> = state.values ?? defaults;
  return { state, formAction, values, errors: state.fieldErrors ?? {} };
}
