import { LinkButton } from "@/components/ui/button";

/** The practice's invitation to book a movement-chain analysis, ending every article and the home page. */
export function BookingInvitation({ headingId = "afspraak-maken", className = "" }: { headingId?: string; className?: string }) {
  return (
    <section aria-labelledby={headingId} className={`no-print rounded-lg bg-brand-soft p-6 sm:p-8 ${className}`}>
      <h2 id={headingId} className="text-2xl font-semibold">
        Zoek de oorzaak, niet alleen de pijn
      </h2>
      <p className="mt-3 max-w-2xl">
        In een bewegingsketenanalyse kijken we hoe je voeten, knieën, heupen, bekken en romp samenwerken, en welke schakel je
        hamstring extra werk bezorgt. Je gaat naar huis met uitleg en een oefenplan in fases, zodat je zelf verder kunt.
      </p>
      <div className="mt-5 flex flex-wrap gap-3">
        <LinkButton href="/afspraak" prefetch={false}>
          Plan een bewegingsketenanalyse
        </LinkButton>
        <LinkButton href="/klachtencheck" variant="secondary">
          Eerst de klachtencheck doen
        </LinkButton>
      </div>
    </section>
  );
}
