import type { Page } from "@playwright/test";

/**
 * Answers every question of the self-check: the given answers by their visible label, every other question
 * with its calm answer (nothing worrying), as a patient would click them.
 */
const calm: Record<string, string> = {
  "Waar heb je last?": "Achterkant rechterbovenbeen (hamstring rechts)",
  "Hoe begon het?": "Geleidelijk, doordat ik het steeds opnieuw belastte",
  "Voelde of hoorde je een knak toen het begon?": "Nee",
  "Zie je een deuk in de spier?": "Nee",
  "Kun je op je been staan?": "Ja, maar het doet pijn",
  "Zie je zwelling of een blauwe plek?": "Nee",
  "Heb je duidelijk minder kracht in je been?": "Nee",
  "Gaat gewoon lopen moeilijk?": "Nee",
  "Hoe lang houdt een kramp aan?": "Hooguit een paar minuten",
  "Hoe vaak krijg je kramp?": "Ongeveer even vaak als eerst",
  "Krijg je kramp terwijl je je nauwelijks inspant?": "Nee, alleen bij flinke inspanning",
  "Heeft één been veel vaker last dan het andere?": "Nee",
  "Heb je een week rust genomen, en is het daarna niet beter geworden?": "Nee, het werd beter met rust",
};

export async function answerSelfCheck(page: Page, answers: Record<string, string> = {}): Promise<void> {
  for (const [question, calmAnswer] of Object.entries({ ...calm, ...answers }).map(([q, a]) => [q, a] as const)) {
    await page.getByRole("group", { name: question, exact: true }).getByLabel(answers[question] ?? calmAnswer, { exact: true }).check();
  }
}
