import { NextResponse, type NextRequest } from "next/server";
import { readFormRequest } from "@/lib/http/form-post";
import { fromOtherSite, OTHER_SITE_MESSAGE } from "@/lib/http/same-site";
import { storeSelfCheckAnswers } from "@/lib/self-check/carry";
import { decodeTriageInput } from "@/lib/triage";

/**
 * "Plan een afspraak" under the self-check's advice (a plain form, no JavaScript): keeps the validated
 * answers for the intake in a short-lived cookie (lib/self-check/carry.ts), then opens booking. Answers
 * that do not validate are dropped; booking opens anyway. Only forms on our own pages may post here.
 */
const MAX_BODY = 4_096;

/** A relative Location: right behind any proxy, whatever host name the server thinks it has. */
function seeOther(path: string) {
  return new NextResponse(null, { status: 303, headers: { Location: path } });
}

export async function POST(request: NextRequest) {
  if (fromOtherSite(request)) {
    return new NextResponse(OTHER_SITE_MESSAGE, { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const form = await readFormRequest(request, MAX_BODY);
  const posted = form?.get("answers");
  const answers = decodeTriageInput(typeof posted === "string" ? posted : null);
  if (answers) await storeSelfCheckAnswers(answers);
  return seeOther("/afspraak");
}

/** Someone who opens the address itself lands on the self-check. */
export function GET() {
  return seeOther("/klachtencheck");
}
