// The layers of the code base (decision 013), read by eslint.config.mjs (import/no-restricted-paths) and by
// `npm run arch`. Imports flow one way: app/ → components/ → lib/ → db/. The pure domain modules hold the
// rules and the domain's types; they import neither lib/data nor db/, and db/schema builds on their types.

/** Pure domain modules: no database, no session, no framework; tests beside them. */
export const pureModules = ["lib/booking", "lib/triage", "lib/plans", "lib/validation", "lib/time", "lib/assessment", "lib/calendar", "lib/self-check", "lib/media"];

/** Test code, outside the layers (it may set up anything it tests). */
export const testFiles = ["**/*.test.ts", "**/*.test.tsx", "tests/**", "e2e/**"];

const notProduct = ["./tests", "./e2e", "./scripts"];

/** Zones for import/no-restricted-paths: files in `target` may not import from `from` (paths from the repository root). */
export const layerZones = [
  { target: "./components", from: ["./app"], message: "components/ sits below app/: pass data in as props." },
  { target: "./components", from: ["./db"], message: "components/ never import db/: read through lib/data, types from the pure modules." },
  { target: "./app", from: ["./db"], message: "app/ reads the database through lib/data only (security lives there)." },
  { target: "./lib", from: ["./app", "./components"], message: "lib/ sits below app/ and components/." },
  { target: "./db", from: ["./app", "./components"], message: "db/ is the bottom layer." },
  {
    target: "./db",
    from: "./lib",
    except: pureModules.map((dir) => `./${dir.slice("lib/".length)}`),
    message: "db/ is the bottom layer: it may use the pure domain modules' types, nothing else from lib/.",
  },
  ...pureModules.map((dir) => ({
    target: `./${dir}`,
    from: ["./lib/data", "./db", "./app", "./components"],
    message: "A pure domain module imports neither lib/data nor db/: its types live in lib/, db/schema imports them.",
  })),
  { target: ["./app", "./components", "./lib", "./db"], from: notProduct, message: "Product code never imports tests, e2e or scripts." },
];
