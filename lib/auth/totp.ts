import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";
import { generateSecret, generateURI, verify } from "otplib";
import QRCode from "qrcode";
import { authConfig } from "@/auth.config";

/**
 * Time-based one-time codes (RFC 6238, the 6-digit codes of any authenticator app) and one-time recovery
 * codes for two-factor login. The TOTP secret is stored encrypted (AES-256-GCM, key derived from
 * AUTH_SECRET), so a copy of the database alone does not yield anyone's second factor. Recovery codes carry
 * 120 random bits and are stored as SHA-256 hashes (a slow hash adds nothing at that entropy).
 */
export const TOTP_ISSUER = "Keten";
/** Codes one step (30 s) early or late are accepted, for clocks that drift. */
const TOLERANCE_SECONDS = 30;

function encryptionKey(): Buffer {
  const secret = authConfig.secret;
  if (!secret) throw new Error("AUTH_SECRET is not set");
  return Buffer.from(hkdfSync("sha256", secret, "keten-totp", "totp-secret-encryption", 32));
}

export function newTotpSecret(): string {
  return generateSecret();
}

export function encryptTotpSecret(secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", encryptionKey(), iv);
  const body = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(".");
}

export function decryptTotpSecret(stored: string): string {
  const [version, iv, tag, body] = stored.split(".");
  if (version !== "v1" || !iv || !tag || !body) throw new Error("unknown TOTP secret format");
  const decipher = createDecipheriv("aes-256-gcm", encryptionKey(), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}

/** The otpauth:// address an authenticator app reads from the QR code. */
export function totpUri(secret: string, accountEmail: string): string {
  return generateURI({ issuer: TOTP_ISSUER, label: accountEmail, secret });
}

/** The QR code of the otpauth address as an SVG document (rendered inline; no image request, no JS). */
export async function totpQrSvg(uri: string): Promise<string> {
  return QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
}

/** Six digits, spaces allowed ("123 456"), nothing else. */
export function normaliseTotpCode(input: string): string | null {
  const code = input.replace(/\s+/g, "");
  return /^\d{6}$/.test(code) ? code : null;
}

/**
 * Checks a code against the secret. Returns the time step it belongs to (store it: a later code must be of a
 * later step, so an intercepted code cannot be replayed), or null when it is wrong or already used.
 */
export async function verifyTotp(secret: string, code: string, lastStep: number | null, now = Date.now()): Promise<number | null> {
  const normalised = normaliseTotpCode(code);
  if (!normalised) return null;
  const result = await verify({
    secret,
    token: normalised,
    epoch: Math.floor(now / 1000),
    epochTolerance: TOLERANCE_SECONDS,
    ...(lastStep !== null ? { afterTimeStep: lastStep } : {}),
  });
  if (!result.valid) return null;
  const step = (result as { timeStep?: number }).timeStep;
  return typeof step === "number" ? step : null;
}

const RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"; // no 0/o, 1/l/i: easy to copy from paper

/** Ten new recovery codes, e.g. "k7pm-x3qa-…" (6 groups of 4, ~118 bits). Shown once; store their hashes. */
export function newRecoveryCodes(count = 10): string[] {
  return Array.from({ length: count }, () => {
    const bytes = randomBytes(24);
    const chars = Array.from(bytes, (b) => RECOVERY_ALPHABET[b % RECOVERY_ALPHABET.length]).join("");
    return chars.match(/.{4}/g)!.join("-");
  });
}

export function normaliseRecoveryCode(input: string): string | null {
  const compact = input.toLowerCase().replace(/[\s-]+/g, "");
  if (compact.length !== 24 || ![...compact].every((c) => RECOVERY_ALPHABET.includes(c))) return null;
  return compact.match(/.{4}/g)!.join("-");
}

export function hashRecoveryCode(code: string): string {
  return createHash("sha256").update(`keten-recovery:${code}`).digest("hex");
}

export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, "hex");
  const right = Buffer.from(b, "hex");
  return left.length === right.length && timingSafeEqual(left, right);
}
