import type { Metadata } from "next";
import { PracticeRulesForm } from "@/components/staff-settings/practice-rules-form";
import { ServicePriceForm } from "@/components/staff-settings/service-price-form";
import { Notice } from "@/components/ui/notice";
import { readPracticeRules } from "@/lib/data/staff/practice-rules";
import { listServicePrices } from "@/lib/data/staff/service-prices";
import { adminPageSession } from "../settings-guard";
import { savePracticeRulesAction, saveServicePriceAction } from "./actions";

export const metadata: Metadata = { title: "Praktijkregels" };

export default async function PracticeRulesPage({ searchParams }: { searchParams: Promise<{ melding?: string }> }) {
  const session = await adminPageSession("/praktijk/regels");
  const [rules, prices] = await Promise.all([readPracticeRules(session), listServicePrices(session)]);
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
      {melding === "tarief-opgeslagen" ? (
        <Notice tone="success" live="polite" className="mt-4">
          Het tarief is opgeslagen en staat nu op de pagina Praktisch en bij het afspraak maken.
        </Notice>
      ) : null}
      <PracticeRulesForm action={savePracticeRulesAction} rules={rules} />
      <section aria-labelledby="tarieven" className="mt-10 max-w-2xl">
        <h2 id="tarieven" className="text-xl font-semibold">
          Tarieven
        </h2>
        <p className="mt-2 text-muted">Wat een behandeling kost als de patiënt zelf betaalt. Patiënten zien het op de pagina Praktisch en bij het kiezen van een behandeling.</p>
        <div className="mt-4 space-y-3">
          {prices.map((service) => (
            <ServicePriceForm key={service.id} action={saveServicePriceAction} service={service} />
          ))}
        </div>
      </section>
    </>
  );
}
