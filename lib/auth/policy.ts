/**
 * The numbers of the authentication policy, in one place (documented in docs/decisions/005).
 */
export const LOGIN_THROTTLE = {
  /** Failed attempts for one e-mail address within the window before further attempts are refused. */
  perAccount: 5,
  /** Failed attempts from one client address within the window (many accounts tried from one place). */
  perIp: 30,
  windowMinutes: 15,
} as const;

export const SESSION_LIMITS = {
  /** A session ends after this much inactivity (the cookie's lifetime, renewed while the user is active). */
  idleMinutes: 30,
  /** A session ends this long after login, however active the user is. */
  absoluteHours: 12,
} as const;

export const TOKEN_LIFETIME = {
  activationDays: 7,
  passwordResetHours: 2,
} as const;

/**
 * Requests for a password link ("wachtwoord vergeten"). Per e-mail address: at most this many links sent in
 * the window, further requests get the same answer but no e-mail (no mailbox flooding, no enumeration).
 * Per client IP: requests beyond this are refused with a message (it reveals nothing about any account).
 */
export const PASSWORD_LINK_THROTTLE = {
  perEmail: 3,
  perEmailWindowMinutes: 60,
  perIp: 10,
  perIpWindowMinutes: 15,
} as const;

/**
 * Second factor (TOTP or recovery code). Wrong codes per session before the session ends (log in again),
 * and per account in the window (however many sessions): enough for typos, far too few to guess a code.
 */
export const SECOND_FACTOR_LIMITS = {
  perSession: 5,
  perAccount: { max: 10, windowMinutes: 15 },
} as const;

/** Booking submissions (the final confirm) per e-mail address and per client IP. */
export const BOOKING_LIMITS = {
  perEmail: { max: 10, windowMinutes: 60 },
  perIp: { max: 30, windowMinutes: 15 },
} as const;

/** Activation and password-reset link submissions (choosing a password) per link and per client IP. */
export const PASSWORD_LINK_USE_LIMITS = {
  perToken: { max: 10, windowMinutes: 15 },
  perIp: { max: 30, windowMinutes: 15 },
} as const;
