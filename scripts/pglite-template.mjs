// `postinstall`: a template of a new embedded database (PGlite's initdb, done once per PGlite version), so that
// the first `npm run dev` loads a prepared cluster (~1 s) instead of running initdb on the server's main thread
// (~4 s of CPU while the first page compiles; issue 12, point 21). db/index.ts uses it for a new data directory
// when it matches the installed PGlite; without it (npm ci --ignore-scripts, a failed build here) the server
// runs initdb as before. Never fails the install.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Keep in step with `initdbTemplate` in db/index.ts. KETEN_TEMPLATE_DIR: elsewhere (the bench times a build). */
function templatePath(root) {
  const { version } = JSON.parse(readFileSync(path.join(root, "node_modules", "@electric-sql", "pglite", "package.json"), "utf8"));
  const folder = process.env.KETEN_TEMPLATE_DIR || path.join(root, "node_modules", ".cache", "keten");
  return path.join(folder, `pglite-${version}-initdb.tar.gz`);
}

try {
  const file = templatePath(process.cwd());
  if (existsSync(file)) process.exit(0);
  const started = performance.now();
  const { PGlite } = await import("@electric-sql/pglite");
  const { btree_gist } = await import("@electric-sql/pglite/contrib/btree_gist");
  const client = new PGlite("memory://", { extensions: { btree_gist } });
  await client.waitReady; // a dump asked for before the cluster is ready never settles
  const dump = await client.dumpDataDir("gzip");
  await client.close();
  mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  renameSync(partial, file);
  rmSync(partial, { force: true });
  console.log(`Keten: sjabloon voor de ingebouwde database gemaakt in ${((performance.now() - started) / 1000).toFixed(1)} s (${path.relative(process.cwd(), file)}).`);
} catch (error) {
  console.warn(`Keten: geen sjabloon voor de ingebouwde database (${error instanceof Error ? error.message : String(error)}); npm run dev maakt de database dan zelf aan.`);
}
