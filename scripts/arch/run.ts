// `npm run arch`: the shape of the code base in figures, each of which should be 0 — import cycles, upward
// imports (against app/ → components/ → lib/ → db/), pure-module violations, source files over 300 lines,
// blocks of six lines copied between app/, components/ and lib/, form actions that do not use
// validatedAction, and differences between the README's map and the folders. Prints every offender; exits 1
// if any.
// The layer rules are the ones ESLint enforces (scripts/arch/layers.mjs, decision 013).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { actionsWithoutHelper } from "./actions";
import { BLOCK_LINES, copiedBlocks } from "./copies";
import { layerZones, pureModules } from "./layers.mjs";

const root = path.resolve(import.meta.dirname, "../..");
const MAX_LINES = 300;
const SOURCE = /\.(ts|tsx|mts|mjs|js)$/;
const TEST = /(\.test\.tsx?$)|(^tests\/)|(^e2e\/)/;

type Zone = { target: string | string[]; from: string | string[]; except?: string[]; message?: string };

const tracked = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], { cwd: root, encoding: "utf8" })
  .split("\n")
  .filter((file) => file && !file.startsWith("node_modules/"));
const sources = tracked.filter((file) => SOURCE.test(file) && !file.endsWith(".d.ts"));

// ---------------------------------------------------------------------------------------------------------
// The import graph of the product code (tests are outside the layers), resolved as TypeScript does.

const config = ts.getParsedCommandLineOfConfigFile(path.join(root, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
const host = ts.createCompilerHost(config.options);
const product = sources.filter((file) => !TEST.test(file) && !file.startsWith("scripts/") && /\.(ts|tsx)$/.test(file));
const productSet = new Set(product);

function importsOf(file: string): string[] {
  const text = readFileSync(path.join(root, file), "utf8");
  const info = ts.preProcessFile(text, true, true);
  const out: string[] = [];
  for (const ref of info.importedFiles) {
    const resolved = ts.resolveModuleName(ref.fileName, path.join(root, file), config.options, host).resolvedModule;
    if (!resolved || resolved.isExternalLibraryImport) continue;
    const relative = path.relative(root, resolved.resolvedFileName).split(path.sep).join("/");
    if (!relative.startsWith("..") && !relative.includes("node_modules/")) out.push(relative);
  }
  return out;
}

const graph = new Map<string, string[]>(product.map((file) => [file, importsOf(file)]));

// ---------------------------------------------------------------------------------------------------------
// Cycles: strongly connected components of more than one file (or a file importing itself).

function cycles(): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    indices.set(node, index);
    low.set(node, index++);
    stack.push(node);
    onStack.add(node);
    for (const next of (graph.get(node) ?? []).filter((n) => productSet.has(n))) {
      if (!indices.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, indices.get(next)!));
    }
    if (low.get(node) === indices.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || graph.get(node)?.includes(node)) found.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!indices.has(node)) visit(node);
  return found;
}

// ---------------------------------------------------------------------------------------------------------
// Layer rules: the same zones as ESLint's import/no-restricted-paths.

const under = (file: string, dir: string) => {
  const clean = dir.replace(/^\.\//, "");
  return file === clean || file.startsWith(`${clean}/`) || file.startsWith(`${clean}.`);
};
const list = (value: string | string[]) => (Array.isArray(value) ? value : [value]);

function zoneBreaches(zones: Zone[]): string[] {
  const breaches: string[] = [];
  for (const [file, imports] of graph) {
    for (const imported of imports) {
      const zone = zones.find(
        (z) =>
          list(z.target).some((t) => under(file, t)) &&
          list(z.from).some((f) => under(imported, f)) &&
          !(z.except ?? []).some((e) => list(z.from).some((f) => under(imported, path.posix.join(f.replace(/^\.\//, ""), e)))),
      );
      if (zone) breaches.push(`${file} → ${imported}`);
    }
  }
  return breaches;
}

const zones = layerZones as Zone[];
const pureTargets = new Set(pureModules.map((dir) => `./${dir}`));
const isPureZone = (zone: Zone) => list(zone.target).every((t) => pureTargets.has(t));

// ---------------------------------------------------------------------------------------------------------
// Long files, and the README's map against the top-level folders.

const longFiles = sources
  .map((file) => ({ file, lines: readFileSync(path.join(root, file), "utf8").split("\n").length - 1 }))
  .filter(({ lines }) => lines > MAX_LINES)
  .map(({ file, lines }) => `${file} (${lines} lines)`);

function mapDifferences(): string[] {
  const readme = readFileSync(path.join(root, "README.md"), "utf8");
  const block = /## Map\s+```\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
  const listed = new Set(
    block
      .split("\n")
      .map((line) => /^(\S+?)\/?\s/.exec(line)?.[1] ?? /^(\S+?)\/?$/.exec(line)?.[1])
      .filter((entry): entry is string => !!entry)
      .map((entry) => entry.replace(/\/$/, "")),
  );
  const folders = new Set(tracked.filter((file) => file.includes("/")).map((file) => file.split("/")[0]!));
  const differences: string[] = [];
  for (const folder of folders) {
    const named = [...listed].some((entry) => entry === folder || entry.startsWith(`${folder}/`));
    if (!named) differences.push(`${folder}/ is not in the README's map`);
  }
  for (const entry of listed) {
    const exists = tracked.some((file) => file === entry || file.startsWith(`${entry}/`));
    if (!exists) differences.push(`the README's map lists ${entry}, which does not exist`);
  }
  return differences;
}

const report: [string, string[]][] = [
  ["import cycles", cycles().map((c) => c.join(" → "))],
  ["upward imports", zoneBreaches(zones.filter((z) => !isPureZone(z)))],
  ["pure-module violations", zoneBreaches(zones.filter(isPureZone))],
  [`files over ${MAX_LINES} lines`, longFiles],
  [`copied blocks (${BLOCK_LINES}+ lines)`, copiedBlocks(root, sources)],
  ["form actions w/o helper", actionsWithoutHelper(root, sources)],
  ["README map differences", mapDifferences()],
];

console.log(`Architecture of ${product.length} product files (${sources.length} source files in all):`);
for (const [label, offenders] of report) {
  console.log(`  ${label.padEnd(26)} ${offenders.length}`);
  for (const offender of offenders) console.log(`    ${offender}`);
}
process.exitCode = report.some(([, offenders]) => offenders.length > 0) ? 1 : 0;
