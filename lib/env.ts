import { z } from "zod";
import { blankAsUnset, databaseEnvSchema, parseEnv } from "@/db/config";
import { DEVELOPMENT_APP_URL } from "@/lib/app-url";

/**
 * The whole environment, parsed once. A bad value stops start-up (instrumentation imports this module
 * first) with a message that names the variable and what is expected. `.env.example` lists every variable.
 */
const appEnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"], { error: "development, production or test" }).default("development"),
  APP_URL: blankAsUnset(
    z.url({ protocol: /^https?$/, error: "an absolute http(s) URL such as https://keten.example.nl" }).optional(),
  ),
  AUTH_SECRET: blankAsUnset(z.string().min(32, "a random string of at least 32 characters (openssl rand -base64 33)").optional()),
  SMTP_URL: blankAsUnset(
    z.url({ protocol: /^smtps?$/, error: "an smtp:// or smtps:// URL such as smtp://user:pass@mail.example.nl:587" }).optional(),
  ),
  MAIL_FROM: blankAsUnset(z.string().min(3, "a sender address such as Keten <noreply@example.nl>").default("Fysiopraktijk Keten <noreply@keten.test>")),
  TRUSTED_PROXY_HEADER: blankAsUnset(
    z
      .string()
      .toLowerCase()
      .regex(/^[a-z0-9-]+$/, "a header name such as x-forwarded-for or x-real-ip")
      .optional(),
  ),
  JOB_POLL_MS: blankAsUnset(z.coerce.number({ error: "milliseconds between 100 and 60000" }).int().min(100).max(60_000).default(2000)),
  SMS_WEBHOOK_URL: blankAsUnset(z.url({ protocol: /^https?$/, error: "an http(s) URL of your SMS provider's send endpoint" }).optional()),
  SMS_WEBHOOK_TOKEN: blankAsUnset(z.string().min(8, "the provider's API token (8+ characters)").optional()),
  SMS_FROM: blankAsUnset(z.string().regex(/^[A-Za-z0-9]{1,11}$|^\+[0-9]{8,15}$/, "a sender name of up to 11 letters/digits or a +31… number").default("Keten")),
  DEV_MAILBOX: blankAsUnset(z.enum(["on", "off"], { error: "on or off" }).optional()),
  // Exercise photos and videos (docs/decisions/022): in PostgreSQL unless all of these name an S3-compatible store.
  MEDIA_S3_ENDPOINT: blankAsUnset(z.url({ protocol: /^https?$/, error: "the store's address such as https://s3.eu-central-1.amazonaws.com or http://minio:9000" }).optional()),
  MEDIA_S3_BUCKET: blankAsUnset(z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, "a bucket name (3–63 lower-case letters, digits, dots, hyphens)").optional()),
  MEDIA_S3_REGION: blankAsUnset(z.string().regex(/^[a-z0-9-]{2,32}$/, "a region such as eu-central-1 (us-east-1 for most other stores)").default("us-east-1")),
  MEDIA_S3_ACCESS_KEY_ID: blankAsUnset(z.string().min(3, "the access key id").optional()),
  MEDIA_S3_SECRET_ACCESS_KEY: blankAsUnset(z.string().min(8, "the secret access key").optional()),
});

const envSchema = databaseEnvSchema.extend(appEnvSchema.shape).extend({ NEXT_PHASE: z.string().optional() }).superRefine((value, ctx) => {
  // `next build` runs with NODE_ENV=production but needs no secret: it never signs a session.
  if (value.NODE_ENV === "production" && !value.AUTH_SECRET && value.NEXT_PHASE !== "phase-production-build") {
    ctx.addIssue({
      code: "custom",
      path: ["AUTH_SECRET"],
      message: "a random string of at least 32 characters; it is required when NODE_ENV=production",
    });
  }
  // Every e-mail link, structured-data URL and redirect is built on APP_URL: production never guesses it
  // (it would say http://localhost:3000, or trust whatever host a request names).
  if (value.NODE_ENV === "production" && !value.APP_URL && value.NEXT_PHASE !== "phase-production-build") {
    ctx.addIssue({
      code: "custom",
      path: ["APP_URL"],
      message: "the public address such as https://keten.example.nl; it is required when NODE_ENV=production",
    });
  }
  const s3 = [value.MEDIA_S3_ENDPOINT, value.MEDIA_S3_BUCKET, value.MEDIA_S3_ACCESS_KEY_ID, value.MEDIA_S3_SECRET_ACCESS_KEY];
  if (s3.some(Boolean) && !s3.every(Boolean)) {
    ctx.addIssue({ code: "custom", path: ["MEDIA_S3_ENDPOINT"], message: "MEDIA_S3_ENDPOINT, MEDIA_S3_BUCKET, MEDIA_S3_ACCESS_KEY_ID and MEDIA_S3_SECRET_ACCESS_KEY go together: set all four, or none to keep media in PostgreSQL" });
  }
}).transform((value) => ({ ...value, APP_URL: value.APP_URL ?? DEVELOPMENT_APP_URL }));

export type Env = z.infer<typeof envSchema>;

export function parseEnvironment(source: Record<string, string | undefined>): Env {
  return parseEnv(envSchema, source);
}

export const env: Env = parseEnvironment(process.env);
