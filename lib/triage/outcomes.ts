/** The three advices, from most to least urgent. The same strings are the `triage_outcome` enum in the database. */
export const triageOutcomes = ["see_soon", "book_analysis", "self_care"] as const;
export type TriageOutcome = (typeof triageOutcomes)[number];

/** Short Dutch names of the outcomes, for the therapist's intake list and the patient's result heading. */
export const triageOutcomeLabels: Record<TriageOutcome, string> = {
  see_soon: "Laat het vandaag of morgen bekijken",
  book_analysis: "Plan een bewegingsketenanalyse",
  self_care: "Begin met zelfzorg",
};

/** What each outcome means for the patient, in plain Dutch. The product advises; it never diagnoses. */
export const triageOutcomeAdvice: Record<TriageOutcome, string> = {
  see_soon:
    "Je antwoorden passen bij een mogelijke scheur in de spier (graad 2 of 3). Dat kan niemand op afstand beoordelen. Laat je been vandaag of morgen onderzoeken door een fysiotherapeut of je huisarts, en ontzie het tot dan. Bij een volledige scheur (graad 3) is soms de mening van een chirurg nodig, en die keuze maak je het best binnen enkele dagen.",
  book_analysis:
    "Er is geen teken van een scheur, maar je klachten vragen om een goede blik van een professional. Vaak zit de oorzaak ergens anders in je bewegingsketen. In een bewegingsketenanalyse zoeken we die schakel en maken we een plan.",
  self_care:
    "Je antwoorden wijzen niet op iets waarvoor je nu een professional nodig hebt. Begin met rustig opbouwen en de oefeningen uit de kennisbank. Wordt het na een week rust niet beter, of komt er een van de waarschuwingssignalen bij, doe de check dan opnieuw of neem contact op.",
};
