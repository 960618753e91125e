// The bench's one table: each section adds its rows; run.ts prints them.
export type Row = { measurement: string; value: string };
export const rows: Row[] = [];
/** BENCH_SECTIONS=db,jobs,clinical,http,js,lighthouse,portal,dev,audit picks sections (all by default). */
export const sections = new Set((process.env.BENCH_SECTIONS ?? "db,jobs,clinical,http,js,lighthouse,portal,dev,audit").split(",").map((s) => s.trim()));
/** Why a Lighthouse score is below 100, printed under the table. */
export const lighthouseNotes: string[] = [];
export const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
