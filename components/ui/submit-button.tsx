"use client";

import type { ComponentProps } from "react";
import { useFormStatus } from "react-dom";
import { buttonClasses, type ButtonVariant } from "./button";

/**
 * The submit button of a form: without JavaScript a plain submit; with it, disabled and relabelled while
 * the server action runs, so a double click cannot submit twice from the same page.
 */
export function SubmitButton({
  children,
  pendingLabel = "Even geduld…",
  variant = "primary",
  className = "",
  ...props
}: ComponentProps<"button"> & { pendingLabel?: string; variant?: ButtonVariant }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={buttonClasses(variant, className)} {...props}>
      {pending ? pendingLabel : children}
    </button>
  );
}
