import "server-only";
import nodemailer, { type Transporter } from "nodemailer";

/** The SMTP transport, one per process and URL (nodemailer pools connections itself). */
let cached: { url: string; transport: Transporter } | undefined;

function transportFor(url: string): Transporter {
  if (cached?.url !== url) cached = { url, transport: nodemailer.createTransport(url) };
  return cached.transport;
}

export async function sendOverSmtp(
  url: string,
  from: string,
  message: { toAddress: string; subject: string; textBody: string; htmlBody: string | null; icsContent: string | null; icsMethod: string | null },
): Promise<void> {
  await transportFor(url).sendMail({
    from,
    to: message.toAddress,
    subject: message.subject,
    text: message.textBody,
    html: message.htmlBody ?? undefined,
    // As an alternative body part with a METHOD, calendar clients offer accept/decline and apply updates.
    icalEvent: message.icsContent ? { method: message.icsMethod ?? "REQUEST", filename: "afspraak.ics", content: message.icsContent } : undefined,
  });
}
