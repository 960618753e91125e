/**
 * Control characters are cleaned out of every text a form sends, in the shared schemas (issue 12, point 2).
 * They are invisible and no person types them, but a pasted text or a hostile client can carry them:
 * U+0000 in particular cannot be stored in PostgreSQL text (error 22021, a 500 before). Removed are C0
 * controls except tab and line breaks, DEL and the C1 controls; lone UTF-16 surrogates (half an emoji) become
 * U+FFFD. Single-line fields also turn tabs and line breaks into a space. Cleaning, not refusing: the person
 * sees exactly the text they meant, and nothing invisible is stored.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const LINE_BREAKS = /[\t\r\n\u2028\u2029]+/g;

/** A multi-line text without control characters (tabs and line breaks kept). */
export function cleanText(value: string): string {
  return value.toWellFormed().replace(CONTROL, "");
}

/** A single-line text without control characters; tabs and line breaks become one space. */
export function cleanLine(value: string): string {
  return cleanText(value).replace(LINE_BREAKS, " ");
}

/** Whether a text still holds a character cleanText removes (for tests). */
export function hasControlCharacters(value: string): boolean {
  return new RegExp(CONTROL.source).test(value) || !value.isWellFormed();
}
