import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * The server actions in the code: every file under app/ whose first statement is the "use server"
 * directive, and every exported async function in it. Keys are "<file under app/>#<name>".
 */
const ROOT = path.resolve(import.meta.dirname, "../..");
const APP = path.join(ROOT, "app");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const DIRECTIVE = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use server["'];?/;
const EXPORTED_ASYNC = /^export\s+async\s+function\s+([A-Za-z0-9_$]+)/gm;
const OTHER_EXPORTS = /^export\s+(?!async\s+function|type\s|interface\s)(\S+)/gm;

export type DiscoveredFile = { file: string; absolute: string; names: string[]; otherExports: string[] };

export function discoverServerActionFiles(): DiscoveredFile[] {
  return sourceFiles(APP)
    .filter((file) => DIRECTIVE.test(readFileSync(file, "utf8")))
    .sort()
    .map((absolute) => {
      const source = readFileSync(absolute, "utf8");
      return {
        file: path.relative(APP, absolute).split(path.sep).join("/"),
        absolute,
        names: [...source.matchAll(EXPORTED_ASYNC)].map((match) => match[1]!),
        otherExports: [...source.matchAll(OTHER_EXPORTS)].map((match) => match[1]!),
      };
    });
}

export function discoverServerActions(): string[] {
  return discoverServerActionFiles().flatMap(({ file, names }) => names.map((name) => `${file}#${name}`));
}
