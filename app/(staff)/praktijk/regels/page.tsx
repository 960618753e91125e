import type { Metadata } from "next";
import { PracticeRulesForm } from "@/components/staff-settings/practice-rules-form";
import { Notice } from "@/components/ui/notice";
import { readPracticeRules } from "@/lib/data/staff/practice-rules";
import { adminPageSession } from "../settings-guard";
import { savePracticeRulesAction } from "./actions";

export const metadata: Metadata = { title: "Praktijkregels" };

export default async function PracticeRulesPage({ searchParams }: { searchParams: Promise<{ melding?: string }> }) {
  const session = await adminPageSession("/praktijk/regels");
  const rules = await readPracticeRules(session);
  const { melding } = await searchParams;
  return (
    <>
      <h1 className="text-3xl font-semibold">Praktijkregels</h1>
      <p className="mt-2 max-w-3xl text-muted">
        Hoe lang van tevoren patiënten zelf mogen annuleren, wanneer herinneringen gaan en hoe de wachtlijst vrijgekomen tijden aanbiedt. Nieuwe
        regels gelden voor wat vanaf nu wordt ingepland.
      </p>
      {melding === "opgeslagen" ? (
        <Notice tone="success" live="polite" className="mt-4">
          De praktijkregels zijn opgeslagen.
        </Notice>
      ) : null}
      <PracticeRulesForm action={savePracticeRulesAction} rules={rules} />
    </>
  );
}
