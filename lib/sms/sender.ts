/**
 * Sending a text message. The app talks to this interface only; which provider sits behind it is decided
 * by the environment (SMS_WEBHOOK_URL + SMS_WEBHOOK_TOKEN): a JSON POST {from, to, text} with a bearer token,
 * the shape most SMS gateways (or a small adapter in front of one) accept. Without it there is no sender:
 * messages stay in the SMS outbox, shown at /dev/sms in development.
 */
export type SmsMessage = { to: string; body: string };
export interface SmsSender {
  send(message: SmsMessage): Promise<void>;
}

export function webhookSender(url: string, token: string | undefined, from: string): SmsSender {
  return {
    async send({ to, body }) {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ from, to, text: body }),
        signal: AbortSignal.timeout(15_000),
      });
      if (!response.ok) throw new Error(`sms-provider antwoordde ${response.status}`);
    },
  };
}

export function configuredSmsSender(env: { SMS_WEBHOOK_URL?: string; SMS_WEBHOOK_TOKEN?: string; SMS_FROM: string }): SmsSender | null {
  return env.SMS_WEBHOOK_URL ? webhookSender(env.SMS_WEBHOOK_URL, env.SMS_WEBHOOK_TOKEN, env.SMS_FROM) : null;
}
