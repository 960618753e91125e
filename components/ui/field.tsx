import type { ComponentProps, ReactNode } from "react";

/**
 * Form fields that work without JavaScript: a visible label, an optional hint, and the Dutch error next to
 * the field, both linked to the input with aria-describedby; aria-invalid marks a field with an error.
 * Pass the action state's `values[name]` as defaultValue so a form keeps what the user typed.
 */
type Common = {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  /** Defaults to `name`; set it when one form shows the same field twice. */
  id?: string;
};

const inputClasses =
  "mt-1 block min-h-11 w-full rounded-md border border-line bg-surface px-3 py-2 text-ink shadow-sm focus:border-brand aria-[invalid=true]:border-alert";

/** aria-invalid on a field with an error; aria-describedby naming its hint and error. */
function fieldAria(id: string, hint: unknown, errors?: string[]) {
  const ids = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean);
  return { "aria-invalid": errors?.length ? (true as const) : undefined, "aria-describedby": ids.length ? ids.join(" ") : undefined };
}

export function FieldHint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={`${id}-hint`} className="mt-1 text-sm text-muted">
      {children}
    </p>
  );
}

export function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={`${id}-error`} className="mt-1 text-sm font-medium text-alert">
      {errors.join(" ")}
    </p>
  );
}

type ControlProps = { id: string; name: string; className: string } & ReturnType<typeof fieldAria>;

/** The label, hint and error around one control; `control` gives the control its id, name, classes and aria. */
function LabelledField({ id, name, label, hint, errors, className, children }: Common & { id: string; className: string; children: (control: ControlProps) => ReactNode }) {
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint ? <FieldHint id={id}>{hint}</FieldHint> : null}
      {children({ id, name, className: inputClasses, ...fieldAria(id, hint, errors) })}
      <FieldError id={id} errors={errors} />
    </div>
  );
}

export function TextField({ name, label, hint, errors, id = name, className = "", ...input }: Common & Omit<ComponentProps<"input">, "name" | "id">) {
  return (
    <LabelledField {...{ id, name, label, hint, errors, className }}>
      {(control) => <input {...control} {...input} />}
    </LabelledField>
  );
}

export function TextAreaField({ name, label, hint, errors, id = name, className = "", ...input }: Common & Omit<ComponentProps<"textarea">, "name" | "id">) {
  return (
    <LabelledField {...{ id, name, label, hint, errors, className }}>
      {(control) => <textarea rows={4} {...control} {...input} />}
    </LabelledField>
  );
}

export type Option = { value: string; label: ReactNode; hint?: ReactNode };

export function SelectField({
  name,
  label,
  hint,
  errors,
  id = name,
  options,
  placeholder,
  className = "",
  ...select
}: Common & { options: Option[]; placeholder?: string } & Omit<ComponentProps<"select">, "name" | "id">) {
  return (
    <LabelledField {...{ id, name, label, hint, errors, className }}>
      {(control) => (
        <select {...control} {...select}>
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </LabelledField>
  );
}

/**
 * One radio button or checkbox with its text: the whole row is the label, so a tap anywhere on it counts, and
 * it is at least 44 px tall (WCAG 2.5.5), where the box alone is 20 px. The rows touch instead of keeping a
 * gap, so the list grows little.
 */
const optionRow = "flex min-h-11 cursor-pointer items-start gap-3 py-2.5";
const optionInput = "mt-0.5 size-5 shrink-0 cursor-pointer accent-brand";

/** Radio buttons or checkboxes in a fieldset whose legend is the question. */
export function ChoiceGroup({
  name,
  label,
  hint,
  errors,
  id = name,
  options,
  type = "radio",
  defaultValue,
  required,
  autoFocusFirst,
  className = "",
}: Common & {
  options: Option[];
  type?: "radio" | "checkbox";
  defaultValue?: string | string[];
  required?: boolean;
  /** Focus the first option when the page loads (a page without JavaScript pointing at this question). */
  autoFocusFirst?: boolean;
  className?: string;
}) {
  const selected = new Set(Array.isArray(defaultValue) ? defaultValue : defaultValue ? defaultValue.split(",") : []);
  return (
    <fieldset
      className={className}
      {...fieldAria(id, hint, errors)}
    >
      <legend className="font-medium">{label}</legend>
      {hint ? <FieldHint id={id}>{hint}</FieldHint> : null}
      <div className="mt-1">
        {options.map((option, index) => {
          const optionId = `${id}-${option.value}`;
          return (
            <label key={option.value} htmlFor={optionId} className={optionRow}>
              <input
                id={optionId}
                type={type}
                name={name}
                value={option.value}
                defaultChecked={selected.has(option.value)}
                required={type === "radio" ? required : undefined}
                autoFocus={autoFocusFirst && index === 0 ? true : undefined}
                className={optionInput}
              />
              <span>
                {option.label}
                {option.hint ? <span className="block text-sm text-muted">{option.hint}</span> : null}
              </span>
            </label>
          );
        })}
      </div>
      <FieldError id={id} errors={errors} />
    </fieldset>
  );
}

/** A single checkbox whose label is the statement the user agrees to (e.g. consent). */
export function CheckboxField({ name, label, hint, errors, id = name, className = "", ...input }: Common & Omit<ComponentProps<"input">, "name" | "id" | "type">) {
  return (
    <div className={className}>
      <label htmlFor={id} className={optionRow}>
        <input id={id} type="checkbox" name={name} className={optionInput} {...fieldAria(id, hint, errors)} {...input} />
        <span>{label}</span>
      </label>
      {hint ? <FieldHint id={id}>{hint}</FieldHint> : null}
      <FieldError id={id} errors={errors} />
    </div>
  );
}
