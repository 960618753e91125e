import type { ReactNode } from "react";

type Tone = "info" | "success" | "warning" | "danger";

const tones: Record<Tone, string> = {
  info: "border-brand bg-brand-soft",
  success: "border-ok bg-ok-soft",
  warning: "border-accent bg-accent-soft",
  danger: "border-alert bg-alert-soft",
};

/** A boxed message. `live` makes screen readers announce it when it appears (form results). */
export function Notice({
  tone = "info",
  title,
  children,
  live,
  className = "",
}: {
  tone?: Tone;
  title?: ReactNode;
  children?: ReactNode;
  live?: "polite" | "assertive";
  className?: string;
}) {
  return (
    <div className={`rounded-md border-l-4 p-4 ${tones[tone]} ${className}`} role={live === "assertive" ? "alert" : live ? "status" : undefined}>
      {title ? <p className="font-semibold">{title}</p> : null}
      {children ? <div className={title ? "mt-1" : undefined}>{children}</div> : null}
    </div>
  );
}
