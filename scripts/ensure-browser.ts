// First step of `npm test`: a Chromium for the browser tests, provisioned or asked for before anything else runs.
import { ensureBrowser } from "./lib/browser";

console.log(`Browser for the browser tests: ${ensureBrowser()}`);
