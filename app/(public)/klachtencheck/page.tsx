import type { Metadata } from "next";
import { SelfCheckPage, selfCheckMeta } from "@/components/self-check/self-check-page";
import { pageMetadata } from "@/lib/content/metadata";
import { selfCheckProgress } from "@/lib/self-check/steps";

// Prerendered: the first step of the self-check is the same for everyone (decision 014). Its form posts to
// ./antwoorden, which sends the visitor on to ./advies.
export const metadata: Metadata = pageMetadata(selfCheckMeta);

export default function SelfCheckFormPage() {
  return <SelfCheckPage progress={selfCheckProgress({})} answers={{}} />;
}
