/**
 * How long a booking for an e-mail address that already has an account is held for its owner to confirm
 * (decision 016). Long enough to open the e-mail on a phone, short enough that a time nobody confirms
 * returns to the agenda the same morning.
 */
export const HOLD_MINUTES = 30;

export function holdExpiry(now: Date): Date {
  return new Date(now.getTime() + HOLD_MINUTES * 60_000);
}
