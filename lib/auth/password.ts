import { hash, verify } from "@node-rs/argon2";

/**
 * Password hashing with argon2id at OWASP's recommended minimum (19 MiB memory, 2 iterations,
 * parallelism 1). Parameters are stored in each hash, so raising them later keeps old hashes verifiable.
 */
const ARGON2ID = 2;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/**
 * Passwords are hashed and verified after NFKC normalisation (NIST SP 800-63B 5.1.1.2): the same characters
 * typed on another keyboard or device (composed or decomposed accents) must give the same password.
 */
export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize("NFKC"), OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password.normalize("NFKC"));
  } catch {
    // A malformed hash never authenticates anyone.
    return false;
  }
}

/**
 * A fixed hash to verify against when the e-mail is unknown, so that an unknown account costs the same
 * time as a wrong password and timing reveals nothing (no account enumeration).
 */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword("keten-timing-equaliser-not-a-real-password");
  return dummyHash;
}
