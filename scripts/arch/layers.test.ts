import { execFileSync } from "node:child_process";
import path from "node:path";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { actionsWithoutHelper } from "./actions";
import { copiedBlocks } from "./copies";

// What a developer meets: an import against the layers fails `npm run lint` with the rule's reason, and
// `npm run arch` prints zero for every figure on the code base as it is.
const root = path.resolve(import.meta.dirname, "../..");
const eslint = new ESLint({ cwd: root });

async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result!.messages.filter((m) => m.ruleId === "import/no-restricted-paths").map((m) => m.message);
}

describe("the layers", () => {
  it("refuse a pure module that reaches for the database or the data layer", async () => {
    const errors = await layerErrors("lib/booking/new-rule.ts", 'import { db } from "@/db";\nimport { audit } from "@/lib/data/audit";\nexport const x = [db, audit];\n');
    expect(errors).toHaveLength(2);
    expect(errors[0]).toContain("pure domain module imports neither lib/data nor db/");
  });

  it("refuse upward imports: a component on db/, lib/ on components/, db/ on the data layer, app/ on db/", async () => {
    expect(await layerErrors("components/new-card.tsx", 'import type { Executor } from "@/db";\nexport type X = Executor;\n')).toHaveLength(1);
    expect(await layerErrors("lib/new-helper.ts", 'import { Notice } from "@/components/ui/notice";\nexport const x = Notice;\n')).toHaveLength(1);
    expect(await layerErrors("db/new-seed.ts", 'import { listOwnIntakes } from "@/lib/data/intake";\nexport const x = listOwnIntakes;\n')).toHaveLength(1);
    expect(await layerErrors("app/new-page.tsx", 'import { db } from "@/db";\nexport const x = db;\n')).toHaveLength(1);
  });

  it("allow what flows downward, db/schema on the pure modules' types, and tests on anything", async () => {
    expect(await layerErrors("app/new-page.tsx", 'import { listOwnIntakes } from "@/lib/data/intake";\nexport const x = listOwnIntakes;\n')).toEqual([]);
    expect(await layerErrors("db/schema/new-table.ts", 'import { chainLinks } from "../../lib/assessment/chain";\nexport const x = chainLinks;\n')).toEqual([]);
    expect(await layerErrors("lib/booking/new-rule.test.ts", 'import { db } from "@/db";\nexport const x = db;\n')).toEqual([]);
  });

  it("npm run arch prints zero for every figure", () => {
    const output = execFileSync(process.execPath, ["--import", "tsx", "scripts/arch/run.ts"], { cwd: root, encoding: "utf8" });
    const figures = ["import cycles", "upward imports", "pure-module violations", "files over 300 lines", "copied blocks \\(6\\+ lines\\)", "form actions w/o helper", "README map differences"];
    for (const figure of figures) {
      expect(output).toMatch(new RegExp(`${figure}\\s+0\\n`));
    }
  });
});

describe("the arch script's own checks", () => {
  const scratch = mkdtempSync(path.join(tmpdir(), "keten-arch-"));
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(scratch, file)), { recursive: true });
    writeFileSync(path.join(scratch, file), text);
  };

  it("finds six lines copied between two files, and not five", () => {
    const lines = ["const a = load(1);", "const b = load(2);", "const c = load(3);", "const d = load(4);", "const e = load(5);", "const f = load(6);"];
    write("lib/one.ts", `${lines.join("\n")}\n`);
    write("components/two.tsx", `export const x = 1;\n${lines.join("\n")}\n`);
    write("app/three.ts", `${lines.slice(0, 5).join("\n")}\n`);
    expect(copiedBlocks(scratch, ["lib/one.ts", "components/two.tsx"])).toEqual(["lib/one.ts:1–6 = components/two.tsx:2–7"]);
    expect(copiedBlocks(scratch, ["lib/one.ts", "app/three.ts"])).toEqual([]);
  });

  it("names a form action that parses on its own instead of through validatedAction", () => {
    write("app/x/actions.ts", '"use server";\nexport async function saveAction(_previous: FormState, formData: FormData): Promise<FormState> {\n  return { ok: true };\n}\n');
    write("app/y/actions.ts", '"use server";\nexport async function saveAction(_previous: FormState, formData: FormData): Promise<FormState> {\n  return validatedAction(formData, spec);\n}\n');
    expect(actionsWithoutHelper(scratch, ["app/x/actions.ts", "app/y/actions.ts"])).toEqual(["x/actions.ts#saveAction"]);
  });
});
