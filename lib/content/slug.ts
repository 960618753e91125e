/**
 * Dutch text as a URL fragment: "Overbelast of gescheurd? De drie graden" → "overbelast-of-gescheurd-de-drie-graden".
 * Accents are dropped ("één" → "een") so links stay readable and stable when typed or shared.
 */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’'`]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Hands out unique ids within one page: a second "Veelgestelde vragen" becomes "veelgestelde-vragen-2". */
export function createSlugger(taken: Iterable<string> = []): (text: string) => string {
  const used = new Set(taken);
  return (text) => {
    const base = slugify(text) || "sectie";
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}
