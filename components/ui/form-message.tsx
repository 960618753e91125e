import { FocusFirstInvalid } from "./focus-first-invalid";
import { Notice } from "./notice";

/**
 * The form-level message of an action state, announced politely; renders an empty live region otherwise.
 * After a failed submit with field errors, focus goes to the first invalid field of the form (a client
 * component: kept out of notice.tsx so that pages using only Notice, such as the self-check, stay free of
 * client components, issue 14 point 1).
 */
export function FormMessage({ state }: { state: { ok: boolean; message?: string; fieldErrors?: Record<string, unknown> } }) {
  return (
    <div aria-live="polite" aria-atomic="true">
      {state.message ? (
        <Notice tone={state.ok ? "success" : "danger"} className="mb-4">
          {state.message}
        </Notice>
      ) : null}
      <FocusFirstInvalid state={state} />
    </div>
  );
}
