import type { GetServerSideProps } from "next";
import { SelfCheckPage } from "@/components/self-check/self-check-page";
import { readFormPost } from "@/lib/http/form-post";
import { evaluateSelfCheck } from "@/lib/self-check/evaluate";
import type { SelfCheckState } from "@/lib/self-check/form";

// A page without client JavaScript (docs/decisions/012).
export const config = { runtime: "nodejs", unstable_runtimeJS: false };

/**
 * The self-check's answer page: the posted answers → the advice above the form, or the form with what is
 * missing marked. Only a POST has answers; anyone who opens the address (a bookmark, a reload after the
 * browser forgot the form) goes back to the empty check. Nothing is stored.
 */
export const getServerSideProps: GetServerSideProps<{ state: SelfCheckState }> = async ({ req, res }) => {
  if (req.method !== "POST") return { redirect: { destination: "/klachtencheck", permanent: false } };
  // The answers are health data: never kept by a cache.
  res.setHeader("Cache-Control", "no-store");
  const formData = (await readFormPost(req)) ?? new FormData();
  return { props: { state: evaluateSelfCheck(formData) } };
};

export default function SelfCheckAdvicePage({ state }: { state: SelfCheckState }) {
  return <SelfCheckPage state={state} />;
}
