import { NextResponse, type NextRequest } from "next/server";
import { readFormRequest } from "@/lib/http/form-post";
import { fromOtherSite, OTHER_SITE_MESSAGE } from "@/lib/http/same-site";
import { clearDraft, readDraft, writeDraft } from "@/lib/self-check/draft";
import { mergeStep } from "@/lib/self-check/steps";

/**
 * Where each step of the self-check posts (a plain form, no JavaScript): the step's answers are merged into
 * the short-lived draft cookie (lib/self-check/draft.ts) and the visitor is sent on to the next step or the
 * advice (app/(public)/klachtencheck/advies). "Opnieuw beginnen" clears the draft.
 */
const MAX_BODY = 16_384;

function seeOther(path: string) {
  return new NextResponse(null, { status: 303, headers: { Location: path, "Cache-Control": "no-store" } });
}

export async function POST(request: NextRequest) {
  if (fromOtherSite(request)) {
    return new NextResponse(OTHER_SITE_MESSAGE, { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const form = (await readFormRequest(request, MAX_BODY)) ?? new FormData();
  if (form.get("opnieuw") !== null) {
    await clearDraft();
    return seeOther("/klachtencheck");
  }
  const step = form.get("stap");
  const previous = (await readDraft())?.answers ?? {};
  const sentStep = typeof step === "string" ? step : "klacht";
  await writeDraft({ answers: mergeStep(previous, sentStep, form), sentStep });
  return seeOther("/klachtencheck/advies");
}

/** Someone who opens the address itself lands on the self-check. */
export function GET() {
  return seeOther("/klachtencheck");
}
