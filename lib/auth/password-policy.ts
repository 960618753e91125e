import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";
import { dictionary as dutchDictionary, translations as dutchTranslations } from "@zxcvbn-ts/language-nl-be";

/**
 * The password policy, per OWASP ASVS 5.0 (V6.2), in one place for activation, reset and password change:
 * - at least 8 characters (15 or more suggested), up to 128 accepted (ASVS asks for at least 64);
 * - no composition rules (no "one digit, one capital"): length beats complexity;
 * - every Unicode character allowed, counted as the user sees it (code points, after NFKC normalisation,
 *   the same normalisation lib/auth/password.ts hashes with);
 * - the most common passwords refused: the 49,233-entry list of `@zxcvbn-ts/language-common` (compiled by
 *   zxcvbn-ts from leaked-password corpora, ranked by frequency; about 18,000 of them are 8 characters or
 *   longer and so reach this check), compared case-insensitively;
 * - context-specific words refused: the user's own e-mail address (or its part before the @), the practice's
 *   and the product's names, and one character repeated.
 * - and then what remains must be hard to guess (issue 12, point 9): zxcvbn (`@zxcvbn-ts/core`) with the
 *   common dictionaries and the Dutch ones of `@zxcvbn-ts/language-nl-be` (Dutch words, first names,
 *   surnames, Wikipedia), the user's e-mail and the practice's words as known inputs, must give a score of
 *   at least 3 of 4 ("safely unguessable": about 10^8 guesses). `welkom123` scores 1. The refusal says why
 *   and gives zxcvbn's Dutch tip.
 * Pure and synchronous: the lists are loaded once per process.
 */
export const PASSWORD_RULES = {
  minLength: 8,
  suggestedLength: 15,
  maxLength: 128,
} as const;

export const PASSWORD_HINT = `Minstens ${PASSWORD_RULES.minLength} tekens; ${PASSWORD_RULES.suggestedLength} of meer is sterker. Een zin die je makkelijk onthoudt werkt goed. Alle tekens mogen, ook spaties, accenten en emoji.`;

export const PASSWORD_MESSAGES = {
  empty: "Kies een wachtwoord.",
  tooShort: `Kies een wachtwoord van minstens ${PASSWORD_RULES.minLength} tekens. Een korte zin van ${PASSWORD_RULES.suggestedLength} tekens of meer is nog beter.`,
  tooLong: `Een wachtwoord mag hoogstens ${PASSWORD_RULES.maxLength} tekens lang zijn.`,
  common: "Dit wachtwoord staat in lijsten met veelgebruikte wachtwoorden en is daardoor makkelijk te raden. Kies iets minder voor de hand liggends, bijvoorbeeld een korte zin.",
  email: "Gebruik je e-mailadres niet als wachtwoord.",
  context: "Dit wachtwoord is te makkelijk te raden. Kies iets wat niet over de praktijk of dit portaal gaat.",
  repeated: "Een wachtwoord van één herhaald teken is te makkelijk te raden.",
  guessable: "Dit wachtwoord is met een woordenlijst en wat proberen snel te raden.",
} as const;

/** The lowest zxcvbn score accepted (0–4; 3 is "safely unguessable"). */
export const MIN_STRENGTH_SCORE = 3;

const STRENGTH_TIP = "Maak het langer met een paar woorden die niet bij elkaar horen, bijvoorbeeld een korte, eigen zin.";

/** Words anyone would try first against this site: its names, with digits and punctuation stripped. */
const CONTEXT_WORDS = new Set(["keten", "fysiopraktijkketen", "fysiopraktijk", "fysiotherapie", "fysio", "bewegingsketen", "hamstring", "portaal", "wachtwoord", "oefenplan"]);

let strength: ZxcvbnFactory | undefined;
function estimator(): ZxcvbnFactory {
  strength ??= new ZxcvbnFactory({
    dictionary: { ...dictionary, ...dutchDictionary },
    graphs: adjacencyGraphs,
    translations: dutchTranslations,
  });
  return strength;
}

/** zxcvbn's score (0–4) and Dutch feedback for a password, with the user's own words as known inputs. */
export function passwordStrength(password: string, userInputs: string[] = []): { score: number; warning: string | null; suggestions: string[] } {
  const result = estimator().check(normalisePassword(password).slice(0, 256), [...userInputs, ...CONTEXT_WORDS]);
  return { score: result.score, warning: result.feedback.warning, suggestions: result.feedback.suggestions };
}

let commonPasswords: Set<string> | undefined;
function isCommon(lowercase: string): boolean {
  commonPasswords ??= new Set(dictionary["passwords-common"].map((entry) => String(entry).toLowerCase()));
  return commonPasswords.has(lowercase);
}

/** The number of entries in the common-password list (for tests and documentation). */
export function commonPasswordCount(): number {
  isCommon("");
  return commonPasswords!.size;
}

/** How a password is compared and hashed: NFKC, so the same characters typed on another device match. */
export function normalisePassword(password: string): string {
  return password.normalize("NFKC");
}

/** Length as a person counts it: code points, so an emoji or an accented letter is one character. */
export function passwordLength(password: string): number {
  return [...normalisePassword(password)].length;
}

/**
 * The Dutch reasons a password is refused (empty when it is acceptable). `email` is the account's own
 * address, when known.
 */
export function passwordProblems(password: string, context: { email?: string | null } = {}): string[] {
  if (password.length === 0) return [PASSWORD_MESSAGES.empty];
  const normalised = normalisePassword(password);
  const length = passwordLength(normalised);
  if (length < PASSWORD_RULES.minLength) return [PASSWORD_MESSAGES.tooShort];
  if (length > PASSWORD_RULES.maxLength) return [PASSWORD_MESSAGES.tooLong];

  const lower = normalised.toLowerCase();
  const email = context.email?.trim().toLowerCase();
  if (email) {
    const local = email.split("@")[0] ?? "";
    if (lower.includes(email) || lower.trim() === local || lower.trim() === email) return [PASSWORD_MESSAGES.email];
  }
  if (new Set(lower).size === 1) return [PASSWORD_MESSAGES.repeated];
  if (isCommon(lower)) return [PASSWORD_MESSAGES.common];
  const letters = lower.replace(/[^\p{L}]/gu, "");
  if (CONTEXT_WORDS.has(letters)) return [PASSWORD_MESSAGES.context];
  const inputs = email ? [email, ...email.split(/[@.+_-]/).filter((part) => part.length >= 3)] : [];
  const { score, warning, suggestions } = passwordStrength(normalised, inputs);
  if (score < MIN_STRENGTH_SCORE) return [[PASSWORD_MESSAGES.guessable, warning, suggestions[0] ?? STRENGTH_TIP].filter(Boolean).join(" ")];
  return [];
}
