// The baseline app of `npm run bench`. Its packages come from the repository's node_modules, two levels up,
// so the bundler's root is the repository.
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

const config = { turbopack: { root }, outputFileTracingRoot: root };

export default config;
