// Blocks of six or more lines copied verbatim between files of app/, components/ and lib/ (issue 13, point 7).
// Lines are compared trimmed; blank lines, import lines and lines of punctuation alone are left out, so a
// block is six lines that say something (bare tags such as <tbody> or </tr> left out too). Data and seed files are not looked at.
import { readFileSync } from "node:fs";
import path from "node:path";

export const BLOCK_LINES = 6;
const LAYERS = /^(app|components|lib)\//;
const DATA = /(seed|fixtures?|data\.ts$|\.test\.tsx?$|\.d\.ts$)/;

type Line = { text: string; number: number };

function meaningfulLines(root: string, file: string): Line[] {
  const lines: Line[] = [];
  let inImport = false;
  for (const [index, raw] of readFileSync(path.join(root, file), "utf8").split("\n").entries()) {
    const text = raw.trim();
    // A multi-line import list is an import too.
    if (inImport) {
      if (/\bfrom\s+["']/.test(text)) inImport = false;
      continue;
    }
    if (/^import\b/.test(text) && !/\bfrom\s+["']|^import\s+["']/.test(text)) {
      inImport = true;
      continue;
    }
    if (text.length === 0 || /^(import|export \{|export \* from|\/\/|\*|\/\*\*)/.test(text) || !/[A-Za-z0-9]/.test(text)) continue;
    // A bare tag (<tbody>, </tr>, <>) says nothing by itself.
    if (/^<\/?[A-Za-z.]*\s*\/?>[)}\]]*$/.test(text)) continue;
    lines.push({ text, number: index + 1 });
  }
  return lines;
}

/** Each copied block once: "a.ts:10–18 = b.ts:40–48". */
export function copiedBlocks(root: string, files: string[]): string[] {
  const candidates = files.filter((file) => LAYERS.test(file) && !DATA.test(file) && /\.(ts|tsx)$/.test(file));
  const seen = new Map<string, { file: string; start: number; end: number }>();
  const pairs = new Map<string, { a: string; b: string; aStart: number; aEnd: number; bStart: number; bEnd: number }>();
  for (const file of candidates) {
    const lines = meaningfulLines(root, file);
    for (let i = 0; i + BLOCK_LINES <= lines.length; i++) {
      const window = lines.slice(i, i + BLOCK_LINES);
      const key = window.map((l) => l.text).join("\n");
      const here = { file, start: window[0]!.number, end: window[BLOCK_LINES - 1]!.number };
      const first = seen.get(key);
      if (!first) {
        seen.set(key, here);
        continue;
      }
      if (first.file === file) continue;
      // Overlapping windows of the same two files make one block.
      const pairKey = `${first.file}|${file}`;
      const pair = pairs.get(pairKey);
      if (pair && here.start <= pair.bEnd + 1) {
        pair.aEnd = Math.max(pair.aEnd, first.end);
        pair.bEnd = Math.max(pair.bEnd, here.end);
      } else if (!pair) {
        pairs.set(pairKey, { a: first.file, b: file, aStart: first.start, aEnd: first.end, bStart: here.start, bEnd: here.end });
      } else {
        pairs.set(`${pairKey}|${here.start}`, { a: first.file, b: file, aStart: first.start, aEnd: first.end, bStart: here.start, bEnd: here.end });
      }
    }
  }
  return [...pairs.values()].map((p) => `${p.a}:${p.aStart}–${p.aEnd} = ${p.b}:${p.bStart}–${p.bEnd}`);
}
