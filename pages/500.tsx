import { PublicPage } from "@/components/layout/public-page";
import { practice } from "@/lib/practice";

// What a visitor reads when one of the pages without client JavaScript fails unexpectedly (app/error.tsx
// is its counterpart for the App Router). Says what to do, never what went wrong inside.
export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export default function ServerErrorPage() {
  return (
    <PublicPage head={{ title: "Er ging iets mis", description: "Deze pagina kon even niet worden geladen. Probeer het over een minuutje opnieuw of bel de praktijk.", path: "/500" }}>
      <div className="mx-auto w-full max-w-3xl px-4 py-16">
        <h1 className="text-3xl font-semibold">Er ging iets mis</h1>
        <p className="mt-4">
          Deze pagina kon even niet worden geladen. Probeer het over een minuutje opnieuw. Lukt het dan nog niet, bel ons gerust op{" "}
          <a href={practice.phoneHref}>{practice.phone}</a>.
        </p>
      </div>
    </PublicPage>
  );
}
