// `postinstall`: one guard in postgres.js 3.4.9, until upstream ships it (docs/decisions/029).
//
// postgres.js batches a small write with setImmediate. When the server ends the connection first (a restart,
// pg_terminate_backend, a pooler dropping it), `closed()` sets the socket to null and the batched write then
// calls `null.write`: an uncaught TypeError from a timer, which no try/catch of ours can reach, and the query
// that wrote it is never answered (porsager/postgres#1066, #1154, #1208; fix proposed in #1168/#1209). CI's
// PostgreSQL-restart proof hit it. The guard settles such a write the way a closed connection settles every
// other query: it rejects with CONNECTION_CLOSED, which the app already turns into "De agenda is even niet
// bereikbaar" (lib/data/db-errors.ts). `lib/data/postgres-closed-socket.test.ts` reproduces the crash.
//
// Idempotent. Changes nothing and says so when the installed version is not the one patched here (then this
// file is to be revisited: dropped when upstream has the guard, adapted otherwise). Never fails the install.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const MARK = "/* keten: closed-socket guard */";
const BEFORE = "  function nextWrite(fn) {\n    const x = socket.write(chunk, fn)\n";
const AFTER =
  "  function nextWrite(fn) {\n" +
  `    if (socket === null) { ${MARK}\n` +
  "      nextWriteTimer !== null && clearImmediate(nextWriteTimer)\n" +
  "      chunk = nextWriteTimer = null\n" +
  "      error(Errors.connection('CONNECTION_CLOSED', options))\n" +
  "      return false\n" +
  "    }\n" +
  "    const x = socket.write(chunk, fn)\n";

const root = path.join(process.cwd(), "node_modules", "postgres");
try {
  if (!existsSync(root)) process.exit(0);
  const { version } = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
  if (version !== "3.4.9") {
    console.log(`patch-dependencies: postgres ${version} is not 3.4.9; the closed-socket guard was not applied (see docs/decisions/029).`);
    process.exit(0);
  }
  for (const variant of ["src", "cjs/src", "cf/src"]) {
    const file = path.join(root, variant, "connection.js");
    if (!existsSync(file)) continue;
    const source = readFileSync(file, "utf8");
    if (source.includes(MARK)) continue;
    if (!source.includes(BEFORE)) {
      console.log(`patch-dependencies: ${path.relative(process.cwd(), file)} does not look as expected; not patched.`);
      continue;
    }
    writeFileSync(file, source.replace(BEFORE, AFTER));
  }
} catch (error) {
  console.log(`patch-dependencies: ${error instanceof Error ? error.message : String(error)}`);
}
