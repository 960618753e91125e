/**
 * The httpOnly cookie that lets the browser that just booked see its confirmation page. It holds the form's
 * idempotency key (stored hashed with the appointment), never health data, and lives two hours.
 */
export const BOOKING_COOKIE = "keten_boeking";
