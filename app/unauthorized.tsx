import Link from "next/link";
import { BoundaryPage } from "@/components/layout/boundary-page";

/**
 * 401. No page calls unauthorized() (the proxy sends visitors without a session to the login page), but with
 * authInterrupts on, Next.js puts this page in every page's RSC payload: ours is smaller than its English default.
 */
export default function Unauthorized() {
  return (
    <BoundaryPage title="Eerst inloggen">
      <p className="mt-4">
        Deze pagina zie je pas als je bent ingelogd. <Link href="/inloggen">Log in</Link> en open de pagina daarna opnieuw.
      </p>
    </BoundaryPage>
  );
}
