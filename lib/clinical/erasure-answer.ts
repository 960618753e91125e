/**
 * The answer to a patient's request for erasure, in plain Dutch (decision 024): the medical record stays for
 * its legal term, why, and the separate right to ask for destruction that the therapist weighs. Used in the
 * portal and in the e-mail alike. Pure.
 */
export const ERASURE_EXPLANATION: readonly string[] = [
  "Je vroeg ons om je gegevens te verwijderen. Je medisch dossier valt daar niet onder: de wet op de geneeskundige behandelingsovereenkomst (WGBO, artikel 7:454 van het Burgerlijk Wetboek) verplicht ons het te bewaren tot 20 jaar na de laatste wijziging. Zo kan een volgende zorgverlener, of jijzelf, later nog zien wat er gevonden en gedaan is.",
  "Na die 20 jaar verwijderen we het dossier vanzelf; dat wordt vastgelegd, zonder de inhoud.",
  "Wil je dat je dossier eerder vernietigd wordt? Dat mag je apart vragen (artikel 7:455 BW). Je therapeut beoordeelt dat verzoek en vernietigt het dossier, tenzij bewaren van groot belang is voor iemand anders of een wet het verbiedt. Je hoort binnen drie maanden wat er besloten is.",
];

export const ACCOUNT_CLOSED_EXPLANATION =
  "Je portaalaccount hebben we gesloten: je bent overal uitgelogd en kunt niet meer inloggen. Je dossier blijft bewaard zoals hierboven staat. Wil je later toch weer in het portaal, neem dan contact op met de praktijk.";

/** The whole answer as paragraphs: the explanation, the therapist's own words, the account. */
export function erasureAnswerParagraphs(input: { note: string; accountClosed: boolean }): string[] {
  return [...ERASURE_EXPLANATION, ...(input.note.trim() ? [`Toelichting van de praktijk: ${input.note.trim()}`] : []), ...(input.accountClosed ? [ACCOUNT_CLOSED_EXPLANATION] : [])];
}
