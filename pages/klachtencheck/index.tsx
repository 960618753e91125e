import { SelfCheckPage } from "@/components/self-check/self-check-page";

// A page without client JavaScript: the form posts like any HTML form (docs/decisions/012).
export const config = { runtime: "nodejs", unstable_runtimeJS: false };

// Prerendered: the empty self-check is the same for everyone.
export function getStaticProps() {
  return { props: {} };
}

export default function SelfCheckFormPage() {
  return <SelfCheckPage state={{ ok: false }} />;
}
