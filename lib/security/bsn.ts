import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { authConfig } from "@/auth.config";

/**
 * The BSN (burgerservicenummer): checked with the eleven test, stored encrypted (AES-256-GCM, key derived
 * from AUTH_SECRET with its own label, so a copy of the database alone does not yield it) next to its last
 * three digits, and shown masked ("••••••123"). Only staff enter it, after checking an identity document.
 */
export function normaliseBsn(input: string): string | null {
  const digits = input.replace(/[\s.-]/g, "");
  if (!/^\d{8,9}$/.test(digits)) return null;
  return digits.padStart(9, "0");
}

/** The eleven test (elfproef) for a BSN: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11, and not 0. */
export function isValidBsn(bsn: string): boolean {
  if (!/^\d{9}$/.test(bsn) || bsn === "000000000") return false;
  const digits = [...bsn].map(Number);
  const sum = digits.slice(0, 8).reduce((total, d, i) => total + d * (9 - i), 0) - digits[8]!;
  return sum % 11 === 0;
}

export function maskBsn(lastThree: string): string {
  return `••••••${lastThree}`;
}

function key(): Buffer {
  const secret = authConfig.secret;
  if (!secret) throw new Error("AUTH_SECRET is not set");
  return Buffer.from(hkdfSync("sha256", secret, "keten-bsn", "bsn-encryption", 32));
}

export function encryptBsn(bsn: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const body = Buffer.concat([cipher.update(bsn, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(".");
}

export function decryptBsn(stored: string): string {
  const [version, iv, tag, body] = stored.split(".");
  if (version !== "v1" || !iv || !tag || !body) throw new Error("unknown BSN format");
  const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}
