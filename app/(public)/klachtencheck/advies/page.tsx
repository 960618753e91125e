import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SelfCheckPage, selfCheckMeta } from "@/components/self-check/self-check-page";
import { pageMetadata } from "@/lib/content/metadata";
import { firstShortNoticeTimes } from "@/lib/data/short-notice";
import { readDraft } from "@/lib/self-check/draft";
import { selfCheckProgress } from "@/lib/self-check/steps";

export const metadata: Metadata = { ...pageMetadata(selfCheckMeta), robots: { index: false } };

/**
 * The self-check after a step was sent: the next step that applies, or the advice. The answers come from the
 * short-lived draft cookie (never a URL); without one the visitor starts at the first step. Rendered per
 * request and never cached (health data).
 */
export default async function SelfCheckAdvicePage() {
  const draft = await readDraft();
  if (!draft || Object.keys(draft.answers).length === 0) redirect("/klachtencheck");
  const progress = selfCheckProgress(draft.answers, draft.sentStep);
  const shortNotice = progress.kind === "advice" && progress.result.outcome === "see_soon" ? await firstShortNoticeTimes() : null;
  return <SelfCheckPage progress={progress} answers={draft.answers} shortNotice={shortNotice} />;
}
