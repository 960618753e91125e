import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { auth } from "@/auth";
import { Notice } from "@/components/ui/notice";
import { WaitlistForm } from "@/components/waitlist/waitlist-form";
import { currentActor } from "@/lib/auth/actor";
import { listBookableServices, listBookableTherapists } from "@/lib/data/availability";
import { addDays, todayIn } from "@/lib/time/zone";
import { joinWaitlistAction } from "./actions";

export const metadata: Metadata = { title: "Wachtlijst", description: "Geen passende tijd? Zet je op de wachtlijst en krijg vrijgekomen tijden als eerste aangeboden." };

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function WaitlistPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const params = await searchParams;
  const [services, therapists, actor] = await Promise.all([listBookableServices(), listBookableTherapists(), auth().then(currentActor)]);
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-semibold">Wachtlijst</h1>
      {one(params.aangemeld) ? (
        <Notice tone="success" live="polite" className="mt-6">
          Je staat op de wachtlijst. We hebben je een e-mail gestuurd; daarin staat ook hoe je je weer afmeldt. Komt er een tijd vrij die past, dan mailen we je meteen.
        </Notice>
      ) : (
        <>
          <p className="mt-4 max-w-2xl">
            Geen tijd gevonden die past? Laat weten wanneer je kunt. Zegt iemand af, dan bieden we die tijd meteen aan de eersten op de wachtlijst aan
            die dan kunnen. Wie het eerst op de link in de e-mail klikt, krijgt de tijd; de anderen blijven gewoon op de lijst.
          </p>
          <WaitlistForm
            action={joinWaitlistAction}
            services={services}
            therapists={therapists}
            initial={{ dienst: one(params.dienst), therapeut: one(params.therapeut) }}
            askContact={actor?.role !== "patient"}
            defaultUntil={addDays(todayIn(new Date()), 28)}
          />
        </>
      )}
      <p className="mt-8">
        <Link href="/afspraak" className="underline underline-offset-2">Terug naar afspraak maken</Link>
      </p>
    </div>
  );
}
