/**
 * What a visitor reads when the database does not answer (a restart, a fail-over): calm, and true in every
 * case. A booking whose commit was under way when the connection dropped may in fact have been stored; the
 * form keeps its idempotency key, so trying again either books it or shows that same booking — never two.
 */
export const AGENDA_UNAVAILABLE_TITLE = "De agenda is even niet bereikbaar";
export const AGENDA_UNAVAILABLE_MESSAGE =
  "De agenda is even niet bereikbaar. Probeer het over een minuutje opnieuw met dezelfde knop: je antwoorden staan er nog, en je afspraak wordt nooit dubbel geboekt.";
