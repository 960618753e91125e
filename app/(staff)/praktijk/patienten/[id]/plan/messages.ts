/** The sentences behind `?melding=…` after a plan-builder form redirected back. */
export const planMessages: Record<string, { tone: "success" | "danger" | "warning"; text: string }> = {
  "gestart-template": { tone: "success", text: "Het concept staat klaar, gemaakt van het hamstringplan van de praktijk. Pas het aan en publiceer het; pas dan ziet de patiënt het." },
  "gestart-empty": { tone: "success", text: "Er is een leeg concept gemaakt met één fase. Vul de fase in en publiceer het plan; pas dan ziet de patiënt het." },
  gepubliceerd: { tone: "success", text: "Het plan is gepubliceerd als versie 1. De patiënt ziet het nu in het portaal; elke latere wijziging wordt een nieuwe versie." },
  gestopt: { tone: "success", text: "Het plan is gestopt. Je kunt een nieuw plan starten." },
  "stop-bevestigen": { tone: "warning", text: "Vink eerst aan dat je het plan echt wilt stoppen." },
  doorgezet: { tone: "success", text: "De patiënt is doorgezet naar de volgende fase. Het portaal toont de nieuwe fase meteen." },
  afgerond: { tone: "success", text: "De laatste fase is afgerond: het plan is voltooid." },
  "al-doorgezet": { tone: "warning", text: "Deze fase was al afgerond (bijvoorbeeld door een dubbele klik of een collega). De patiënt is één keer doorgezet; hieronder zie je de stand van nu." },
  "fase-toegevoegd": { tone: "success", text: "Er is een fase toegevoegd aan het eind van het plan." },
  "suggestie-toegevoegd": { tone: "success", text: "De oefening staat nu in de huidige fase, met de standaarddosering uit de bibliotheek. Pas de dosering aan via de fase waar nodig." },
  exercise_unavailable: { tone: "danger", text: "Deze oefening is niet (meer) beschikbaar in de bibliotheek. Er is niets gewijzigd." },
  verwijderd: { tone: "success", text: "De oefening is uit deze fase gehaald. Eerdere logboekregels van de patiënt blijven bewaard." },
  verplaatst: { tone: "success", text: "De volgorde is aangepast." },
  not_found: { tone: "danger", text: "Dit onderdeel hoort niet (meer) bij het lopende plan van deze patiënt. Er is niets gewijzigd." },
  already_active: { tone: "danger", text: "Deze patiënt heeft al een lopend plan. Stop dat eerst als je opnieuw wilt beginnen." },
  phase_done: { tone: "danger", text: "Deze fase is al afgerond en blijft zoals ze was. Er is niets gewijzigd." },
  stale: { tone: "warning", text: "Het plan is intussen veranderd. Hieronder zie je de stand van nu; er is niets gewijzigd." },
};

export function planMessage(value: string | string[] | undefined) {
  return typeof value === "string" ? (planMessages[value] ?? null) : null;
}
