import { execFileSync } from "node:child_process";
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

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

  it("npm run arch prints zero cycles, upward imports, pure-module violations, long files and map differences", () => {
    const output = execFileSync(process.execPath, ["--import", "tsx", "scripts/arch/run.ts"], { cwd: root, encoding: "utf8" });
    for (const figure of ["import cycles", "upward imports", "pure-module violations", "files over 300 lines", "README map differences"]) {
      expect(output).toMatch(new RegExp(`${figure}\\s+0\\n`));
    }
  });
});
