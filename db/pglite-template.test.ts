import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import { afterAll, describe, expect, it } from "vitest";
import { pgliteTemplatePath } from "./pglite-template.mjs";

/**
 * `npm ci`'s postinstall writes the template of a new embedded database, and db/index.ts loads it from the path
 * both take from pgliteTemplatePath: what the script writes is where the server looks, and it is a cluster.
 */
describe("the embedded database's template", () => {
  const scratch = mkdtempSync(path.join(tmpdir(), "keten-template-test-"));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const runScript = () =>
    execFileSync(process.execPath, [path.resolve("scripts", "pglite-template.mjs")], { env: { ...process.env, KETEN_TEMPLATE_DIR: scratch }, encoding: "utf8" });

  it("names the installed PGlite version, in node_modules/.cache/keten unless told otherwise", () => {
    const { version } = JSON.parse(readFileSync(path.resolve("node_modules", "@electric-sql", "pglite", "package.json"), "utf8")) as { version: string };
    expect(pgliteTemplatePath(process.cwd())).toBe(path.resolve("node_modules", ".cache", "keten", `pglite-${version}-initdb.tar.gz`));
    expect(pgliteTemplatePath(process.cwd(), scratch)).toBe(path.join(scratch, `pglite-${version}-initdb.tar.gz`));
  });

  it("is written where the server looks for it, whole, and a second install leaves it alone", async () => {
    expect(runScript()).toMatch(/sjabloon voor de ingebouwde database gemaakt/);
    const file = pgliteTemplatePath(process.cwd(), scratch);
    expect(readdirSync(scratch)).toEqual([path.basename(file)]); // no .partial left beside it
    const written = statSync(file).mtimeMs;
    expect(runScript()).toBe("");
    expect(statSync(file).mtimeMs).toBe(written);

    const client = new PGlite("memory://", { extensions: { btree_gist }, loadDataDir: new Blob([readFileSync(file)]) });
    try {
      const { rows } = await client.query<{ answer: number }>("select 1 + 1 as answer");
      expect(rows[0]?.answer).toBe(2);
    } finally {
      await client.close();
    }
  }, 60_000);
});
