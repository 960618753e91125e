// `postinstall`: a template of a new embedded database (PGlite's initdb, done once per PGlite version), so that
// the first `npm run dev` loads a prepared cluster (~1 s) instead of running initdb on the server's main thread
// (~4 s of CPU while the first page compiles; issue 12, point 21). db/index.ts uses it for a new data directory
// when it matches the installed PGlite; without it (npm ci --ignore-scripts, a failed build here) the server
// runs initdb as before. Never fails the install.
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pgliteTemplatePath } from "../db/pglite-template.mjs";

try {
  // KETEN_TEMPLATE_DIR: a scratch folder, for the bench that times this script.
  const file = pgliteTemplatePath(process.cwd(), process.env.KETEN_TEMPLATE_DIR || undefined);
  if (existsSync(file)) process.exit(0);
  const started = performance.now();
  const { PGlite } = await import("@electric-sql/pglite");
  const { btree_gist } = await import("@electric-sql/pglite/contrib/btree_gist");
  const client = new PGlite("memory://", { extensions: { btree_gist } });
  await client.waitReady; // a dump asked for before the cluster is ready never settles
  const dump = await client.dumpDataDir("gzip");
  await client.close();
  mkdirSync(path.dirname(file), { recursive: true });
  // Written aside and renamed into place, so a reader never sees half a file; a failed write leaves nothing.
  const partial = `${file}.${process.pid}.partial`;
  try {
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  console.log(`Keten: sjabloon voor de ingebouwde database gemaakt in ${((performance.now() - started) / 1000).toFixed(1)} s (${path.relative(process.cwd(), file)}).`);
} catch (error) {
  console.warn(`Keten: geen sjabloon voor de ingebouwde database (${error instanceof Error ? error.message : String(error)}); npm run dev maakt de database dan zelf aan.`);
}
