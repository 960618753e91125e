// Form actions that do not go through lib/actions/validated-action.ts (decision 013): every exported server
// action behind a form — it takes the form's previous state and its FormData and returns the next state —
// calls validatedAction. (Plain buttons that only redirect, like "start plan", have no state to return.)
import { readFileSync } from "node:fs";
import path from "node:path";

/** Actions that may parse on their own, each with the reason. */
export const ACTION_EXCEPTIONS: Record<string, string> = {
  "(public)/afspraak/actions.ts#bookingAction":
    "the booking wizard: what it checks depends on the step (back, review, confirm), its state carries the step, triage and fresh times, and it keeps its key when the database is away",
};

export function actionsWithoutHelper(root: string, files: string[]): string[] {
  const offenders: string[] = [];
  for (const file of files.filter((f) => /^app\/.*\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$/.test(f))) {
    const text = readFileSync(path.join(root, file), "utf8");
    if (!/^["']use server["'];?/.test(text.trimStart())) continue;
    const starts = [...text.matchAll(/^export async function (\w+)\(([^)]*)\):\s*Promise<([^>]*)>/gm)];
    for (const [index, match] of starts.entries()) {
      if (!/formData:\s*FormData/.test(match[2]!) || !/State/.test(match[3]!)) continue;
      const body = text.slice(match.index, starts[index + 1]?.index ?? text.length);
      const name = `${file.replace(/^app\//, "")}#${match[1]}`;
      if (!body.includes("validatedAction(") && !body.includes("validatedAction<") && !(name in ACTION_EXCEPTIONS)) offenders.push(name);
    }
  }
  return offenders;
}
