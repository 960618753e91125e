import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // `server-only` throws outside React Server Components; tests run the data layer directly.
      "server-only": path.resolve(import.meta.dirname, "tests/server-only-stub.ts"),
    },
  },
  test: {
    include: ["**/*.test.ts", "**/*.test.tsx"],
    exclude: ["node_modules/**", ".next/**", "e2e/**", ".data/**"],
    // A test that touches the database without asking for a fresh one gets an in-memory one, never .data/.
    env: { PGLITE_DIR: "memory://", NODE_ENV: "test" },
    pool: "forks",
    // next-auth imports "next/server" without an extension, which only a bundler resolves: let Vite load it
    // (tests/authorization/proxy-guard.test.ts runs the real proxy.ts).
    server: { deps: { inline: ["next-auth"] } },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
