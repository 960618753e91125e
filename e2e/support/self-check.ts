import type { Page } from "@playwright/test";

/**
 * Answers the self-check step by step, as a patient clicks it: on each step the given answers by their
 * visible label, every other question with its calm answer (nothing worrying), then "Verder" — until the
 * advice (or the note for pain elsewhere) is shown. Questions a step does not ask are simply not answered.
 */
const calm: Record<string, string> = {
  "Waar heb je last?": "Achterkant rechterbovenbeen (hamstring rechts)",
  "Hoe begon het?": "Geleidelijk, doordat ik het steeds opnieuw belastte",
  "Voelde of hoorde je een knak toen het begon?": "Nee",
  "Zie je een deuk of kuil in de spier?": "Nee",
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

export async function answerSelfCheck(page: Page, answers: Record<string, string> = {}): Promise<string[]> {
  const asked: string[] = [];
  for (let step = 0; step < 8; step++) {
    const next = page.getByRole("button", { name: "Verder" });
    if ((await next.count()) === 0) return asked;
    for (const [question, calmAnswer] of Object.entries(calm)) {
      const group = page.getByRole("group", { name: question, exact: true });
      if ((await group.count()) === 0) continue;
      asked.push(question);
      await group.getByLabel(answers[question] ?? calmAnswer, { exact: true }).check();
    }
    await next.click();
    await page.waitForURL(/\/klachtencheck\/advies$/);
  }
  return asked;
}
