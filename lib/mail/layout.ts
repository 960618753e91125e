import { practice } from "@/lib/practice";

/**
 * The practice's e-mail layout: a plain-text version (always) and a simple, accessible HTML version of the
 * same content. Templates pass paragraphs and at most one call to action.
 */
export type EmailContent = {
  greeting: string;
  paragraphs: string[];
  action?: { label: string; href: string };
  afterAction?: string[];
};

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

const signature = [`Met vriendelijke groet,`, practice.name, `${practice.street}, ${practice.postalCode} ${practice.city}`, `${practice.phone} · ${practice.email}`];

export function renderEmail(content: EmailContent): { text: string; html: string } {
  const text = [
    content.greeting,
    "",
    ...content.paragraphs.flatMap((p) => [p, ""]),
    ...(content.action ? [`${content.action.label}: ${content.action.href}`, ""] : []),
    ...(content.afterAction ?? []).flatMap((p) => [p, ""]),
    ...signature,
  ].join("\n");

  const paragraph = (p: string) => `<p style="margin:0 0 16px">${escapeHtml(p)}</p>`;
  const html = `<!doctype html>
<html lang="nl"><body style="margin:0;padding:24px;background:#faf8f4;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#1c2826;line-height:1.6">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border:1px solid #ddd6c9;border-radius:8px;padding:24px">
<p style="margin:0 0 16px;font-weight:600;color:#1d5c55">${escapeHtml(practice.name)}</p>
${paragraph(content.greeting)}
${content.paragraphs.map(paragraph).join("\n")}
${
  content.action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(content.action.href)}" style="display:inline-block;background:#1d5c55;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:600">${escapeHtml(content.action.label)}</a></p>
<p style="margin:0 0 16px;font-size:14px;color:#4a5756">Werkt de knop niet? Kopieer deze link: ${escapeHtml(content.action.href)}</p>`
    : ""
}
${(content.afterAction ?? []).map(paragraph).join("\n")}
<p style="margin:24px 0 0;font-size:14px;color:#4a5756">${signature.map(escapeHtml).join("<br>")}</p>
</div></body></html>`;
  return { text, html };
}
