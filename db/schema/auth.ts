import { sql } from "drizzle-orm";
import { bigint, boolean, check, index, integer, pgEnum, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, timestamptz, updatedAt } from "./columns";

export const userRoles = ["patient", "therapist", "admin"] as const;
export const userRole = pgEnum("user_role", userRoles);
export type UserRole = (typeof userRoles)[number];

/**
 * Everyone who can (or will be able to) log in. A patient created by a booking has no password yet:
 * `activated_at` is set when they choose one through the activation link.
 */
export const users = pgTable(
  "users",
  {
    id: id(),
    email: text("email").notNull(),
    passwordHash: text("password_hash"),
    role: userRole("role").notNull(),
    activatedAt: timestamptz("activated_at"),
    deactivatedAt: timestamptz("deactivated_at"),
    /** Raised on logout-everywhere, password change, deactivation and role change: older JWTs stop working. */
    sessionVersion: integer("session_version").notNull().default(1),
    /** The TOTP secret, encrypted with a key derived from AUTH_SECRET (lib/auth/totp.ts); set at enrolment. */
    totpSecret: text("totp_secret"),
    /** Set when enrolment was confirmed with a code: from then on the second factor is asked at every login. */
    totpEnabledAt: timestamptz("totp_enabled_at"),
    /** The time step of the last accepted code: a code is accepted once (no replay within its 30 s). */
    totpLastStep: bigint("totp_last_step", { mode: "number" }),
    lastLoginAt: timestamptz("last_login_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("users_email_lower_key").on(sql`lower(${t.email})`),
    check("users_email_normalised", sql`${t.email} = lower(btrim(${t.email})) and position('@' in ${t.email}) > 1`),
    check("users_activated_has_password", sql`${t.activatedAt} is null or ${t.passwordHash} is not null`),
    check("users_session_version_positive", sql`${t.sessionVersion} >= 1`),
  ],
);

export const tokenPurposes = ["activation", "password_reset"] as const;
export const tokenPurpose = pgEnum("token_purpose", tokenPurposes);

/** One-time links (activation, password reset). Only a hash of the token is stored. */
export const userTokens = pgTable(
  "user_tokens",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: tokenPurpose("purpose").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    expiresAt: timestamptz("expires_at").notNull(),
    usedAt: timestamptz("used_at"),
    createdAt: createdAt(),
  },
  (t) => [index("user_tokens_user_idx").on(t.userId, t.purpose), check("user_tokens_expiry_after_creation", sql`${t.expiresAt} > ${t.createdAt}`)],
);

/**
 * Login sessions, one row per login. The session cookie (a signed JWT) names its row; every request checks
 * that the row exists, is not revoked and was used within the idle timeout. So logout revokes a session
 * on the server: a copied cookie, or one a late response put back in the browser, no longer works.
 */
export const userSessions = pgTable(
  "user_sessions",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    lastSeenAt: timestamptz("last_seen_at").notNull().defaultNow(),
    revokedAt: timestamptz("revoked_at"),
    /** When this session passed the second factor (TOTP or a recovery code); null until then. */
    secondFactorAt: timestamptz("second_factor_at"),
    /** Wrong second-factor codes in this session; the session is revoked after a few. */
    secondFactorFailures: integer("second_factor_failures").notNull().default(0),
    ip: text("ip"),
    userAgent: text("user_agent"),
  },
  (t) => [index("user_sessions_user_idx").on(t.userId, t.createdAt)],
);

/** One-time recovery codes for two-factor login, stored hashed. */
export const recoveryCodes = pgTable(
  "recovery_codes",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    usedAt: timestamptz("used_at"),
    createdAt: createdAt(),
  },
  (t) => [index("recovery_codes_user_idx").on(t.userId)],
);

/** Every login attempt, kept in PostgreSQL so that throttling holds across app instances. */
export const loginAttempts = pgTable(
  "login_attempts",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    email: text("email").notNull(),
    ip: text("ip"),
    succeeded: boolean("succeeded").notNull(),
    attemptedAt: timestamptz("attempted_at").notNull().defaultNow(),
  },
  (t) => [index("login_attempts_email_idx").on(t.email, t.attemptedAt), index("login_attempts_ip_idx").on(t.ip, t.attemptedAt)],
);

/**
 * Requests counted for rate limits (password links, activation, booking, second factor), kept in
 * PostgreSQL so that every app instance counts the same hits. `key` is an e-mail address, an account id or
 * a client IP; old rows are pruned as new ones arrive.
 */
export const rateLimitHits = pgTable(
  "rate_limit_hits",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    scope: text("scope").notNull(),
    key: text("key").notNull(),
    hitAt: timestamptz("hit_at").notNull().defaultNow(),
  },
  (t) => [index("rate_limit_hits_lookup_idx").on(t.scope, t.key, t.hitAt), index("rate_limit_hits_age_idx").on(t.hitAt)],
);
