// Plain JavaScript on purpose: `npm ci`'s postinstall (scripts/pglite-template.mjs) runs with plain Node before
// anything is compiled and writes the template here; db/index.ts reads it from the same place through the same
// function, so the two cannot drift apart (docs/decisions/025).
import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * Where the template of a new embedded database lives for the PGlite version installed under `root`: one
 * file per version, so a new PGlite has no template until the next install (and runs initdb). Throws when
 * PGlite is not installed. `folder` elsewhere than node_modules/.cache/keten: only the bench, timing a build.
 */
export function pgliteTemplatePath(root, folder = path.join(root, "node_modules", ".cache", "keten")) {
  const { version } = JSON.parse(readFileSync(path.join(root, "node_modules", "@electric-sql", "pglite", "package.json"), "utf8"));
  return path.join(folder, `pglite-${version}-initdb.tar.gz`);
}
