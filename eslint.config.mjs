import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { layerZones, testFiles } from "./scripts/arch/layers.mjs";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // Unused values are noise in review; an underscore marks the deliberate ones.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The layers (decision 013): app/ → components/ → lib/ → db/, pure domain modules without lib/data or db/,
    // db/schema only on the pure modules' types, product code never on tests. `npm run arch` prints the same.
    files: ["app/**", "components/**", "lib/**", "db/**", "proxy.ts", "auth.ts", "auth.config.ts", "instrumentation.ts"],
    ignores: testFiles,
    rules: { "import/no-restricted-paths": ["error", { zones: layerZones }] },
  },
  globalIgnores([".next/**", "**/.next/**", "out/**", "build/**", ".data/**", "next-env.d.ts", "playwright-report/**", "test-results/**"]),
]);
