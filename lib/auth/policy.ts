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
