/**
 * Runs once when a Next.js server starts, before it handles requests (see lib/bootstrap.ts). It does
 * nothing during `next build`, which must never open the database.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { startServer } = await import("./lib/bootstrap").catch((error: unknown) => {
      // A bad environment value fails this import (lib/env.ts parses on import). Next.js would log a failed
      // hook and keep serving 500s; a misconfigured server must not start at all.
      if (error instanceof Error && error.name === "EnvError") {
        console.error(`\n${error.message}\n`);
        process.exit(1);
      }
      throw error;
    });
    // The development server compiles the first page while the embedded database starts (lib/bootstrap.ts).
    await startServer({ waitForDatabase: process.env.NODE_ENV !== "development" });
  }
}
