import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIResponse, type BrowserContext } from "@playwright/test";
import { demo, login } from "./support/accounts";
import { manageTokens } from "./support/booking";
import { articleSlugs } from "./support/content";
import { watchBlockedScripts } from "./support/csp";
import { fixturePhaseId, portalPatients } from "./support/portal-accounts";

/**
 * Point 6 of issue 7, for the routes: every page.tsx and route.ts under app/
 * (found on disk when the test runs; a route without a URL in the table below fails), requested by each of six roles — anonymous,
 * patient A (Anna), patient B (Bram), therapist (Sanne), other therapist (Joris), admin (Eva) — with the
 * expected answer: the page (200), a redirect to the login page, a redirect to the role's own home, or
 * not found. Never a 5xx, and a refused answer to anyone but A never carries patient A's name.
 */
const roles = ["anonymous", "patientA", "patientB", "therapist", "otherTherapist", "admin"] as const;
type Role = (typeof roles)[number];
type Expected = "ok" | "login" | "home" | "notFound" | "forbidden" | "selfCheck" | "postOnly" | "toRecord";
type Row = { url: string; expect: Record<Role, Expected> };

const { anna, bram } = portalPatients;
const ANNA_NAME = anna.name;

const everyone: Record<Role, Expected> = { anonymous: "ok", patientA: "ok", patientB: "ok", therapist: "ok", otherTherapist: "ok", admin: "ok" };
/** Addresses that only take a posted form: opening them leads to the empty self-check. */
const toSelfCheck: Record<Role, Expected> = { anonymous: "selfCheck", patientA: "selfCheck", patientB: "selfCheck", therapist: "selfCheck", otherTherapist: "selfCheck", admin: "selfCheck" };
const signedInHome: Record<Role, Expected> = { anonymous: "ok", patientA: "home", patientB: "home", therapist: "home", otherTherapist: "home", admin: "home" };
const patients: Record<Role, Expected> = { anonymous: "login", patientA: "ok", patientB: "ok", therapist: "home", otherTherapist: "home", admin: "home" };
/** A URL of patient A's record: patient B gets "not found", exactly as for an id that does not exist. */
const annasRecord: Record<Role, Expected> = { ...patients, patientB: "notFound" };
/** A URL of patient B's record: now A is the one who gets "not found". */
const bramsRecord: Record<Role, Expected> = { ...patients, patientA: "notFound" };
const staff: Record<Role, Expected> = { anonymous: "login", patientA: "home", patientB: "home", therapist: "ok", otherTherapist: "ok", admin: "ok" };
/** Admin pages: a therapist is told "geen toegang" (403; issue 12, point 10). */
const admins: Record<Role, Expected> = { ...staff, therapist: "forbidden", otherTherapist: "forbidden" };

const unknownId = "00000000-0000-4000-8000-000000000000";
const patientPage = `/praktijk/patienten/${anna.patientId}`;

/** The URL for each route file under app/, and what each role gets there. Ids come from the e2e fixtures. */
const routes: Record<string, Row | ((ids: Resolved) => Row)> = {
  "(auth)/inloggen/page.tsx": { url: "/inloggen", expect: signedInHome },
  // Anonymous: to the login page. Signed in and past the second factor: nothing to do here, so home.
  "(auth)/inloggen/tweestaps/page.tsx": { url: "/inloggen/tweestaps", expect: { ...signedInHome, anonymous: "login" } },
  // Patients may turn two-factor login on; staff already have it and are sent home.
  "(auth)/inloggen/tweestaps/instellen/page.tsx": { url: "/inloggen/tweestaps/instellen", expect: { ...signedInHome, anonymous: "login", patientA: "ok", patientB: "ok" } },
  "(auth)/uitloggen/page.tsx": { url: "/uitloggen", expect: everyone },
  "(auth)/wachtwoord/activeren/[token]/page.tsx": { url: `/wachtwoord/activeren/${portalPatients.carla.activationToken}`, expect: everyone },
  "(auth)/wachtwoord/herstellen/[token]/page.tsx": { url: "/wachtwoord/herstellen/een-link-die-niet-bestaat-0000000000000000000", expect: everyone },
  "(auth)/wachtwoord/vergeten/page.tsx": { url: "/wachtwoord/vergeten", expect: everyone },
  "(patient)/portaal/page.tsx": { url: "/portaal", expect: patients },
  "(patient)/portaal/afspraken/page.tsx": { url: "/portaal/afspraken", expect: patients },
  "(patient)/portaal/afspraken/[id]/verzetten/page.tsx": { url: `/portaal/afspraken/${anna.appointmentId}/verzetten`, expect: annasRecord },
  "(patient)/portaal/gegevens/page.tsx": { url: "/portaal/gegevens", expect: patients },
  "(patient)/portaal/gegevens/inzage/page.tsx": { url: "/portaal/gegevens/inzage", expect: patients },
  // The readable document of the patient's own data: no id in the address, each patient reads their own.
  "(patient)/portaal/gegevens/document/page.tsx": { url: "/portaal/gegevens/document", expect: patients },
  "(patient)/portaal/metingen/page.tsx": { url: "/portaal/metingen", expect: patients },
  // Only patients may download; anyone else is asked to log in as one.
  "(patient)/portaal/gegevens/export/route.ts": { url: "/portaal/gegevens/export", expect: { ...patients, therapist: "login", otherTherapist: "login", admin: "login" } },
  "(patient)/portaal/gegevens/intake/[intakeId]/page.tsx": { url: `/portaal/gegevens/intake/${bram.intakeId}`, expect: bramsRecord },
  "(patient)/portaal/plan/page.tsx": { url: "/portaal/plan", expect: patients },
  "(patient)/portaal/plan/[planId]/page.tsx": { url: `/portaal/plan/${anna.planId}`, expect: annasRecord },
  "(patient)/portaal/plan/[planId]/afdrukken/page.tsx": { url: `/portaal/plan/${anna.planId}/afdrukken`, expect: annasRecord },
  "(patient)/portaal/voortgang/page.tsx": { url: "/portaal/voortgang", expect: patients },
  "(public)/afspraak/page.tsx": { url: "/afspraak", expect: everyone },
  "(public)/afspraak/bevestigd/page.tsx": { url: "/afspraak/bevestigd", expect: everyone },
  // The owner's link to confirm a held booking (decision 016): an unknown token says the link no longer works, to anyone.
  "(public)/afspraak/bevestigen/[token]/page.tsx": { url: `/afspraak/bevestigen/${"x".repeat(43)}`, expect: everyone },
  "(public)/afspraak/beheer/[token]/page.tsx": { url: `/afspraak/beheer/${manageTokens.tooLate}`, expect: everyone },
  "(public)/afspraak/beheer/[token]/verzetten/page.tsx": { url: `/afspraak/beheer/${manageTokens.tooLate}/verzetten`, expect: everyone },
  "(public)/klachtencheck/boeken/route.ts": { url: "/klachtencheck/boeken", expect: toSelfCheck },
  "(public)/klachtencheck/antwoorden/route.ts": { url: "/klachtencheck/antwoorden", expect: toSelfCheck },
  // The static public pages (docs/decisions/014). "/" is served by the home page's route.
  "(public)/voorpagina/[versie]/page.tsx": { url: "/", expect: everyone },
  "(public)/kennisbank/page.tsx": { url: "/kennisbank", expect: everyone },
  "(public)/kennisbank/[slug]/page.tsx": { url: `/kennisbank/${articleSlugs()[0]}`, expect: everyone },
  "(public)/klachtencheck/page.tsx": { url: "/klachtencheck", expect: everyone },
  "(public)/klachtencheck/advies/page.tsx": { url: "/klachtencheck/advies", expect: toSelfCheck },
  "(public)/privacy/page.tsx": { url: "/privacy", expect: everyone },
  // "/praktisch" is rewritten to this route, like "/" to the home page's.
  "(public)/praktisch/[versie]/page.tsx": { url: "/praktisch", expect: everyone },
  "(staff)/praktijk/page.tsx": { url: "/praktijk", expect: staff },
  "(staff)/praktijk/afspraken/page.tsx": { url: "/praktijk/afspraken", expect: staff },
  // The agenda grid's short link: staff are led on to the appointment's page under its patient.
  "(staff)/praktijk/afspraken/[id]/page.tsx": { url: `/praktijk/afspraken/${anna.appointmentId}`, expect: { ...staff, therapist: "toRecord", otherTherapist: "toRecord", admin: "toRecord" } },
  "(staff)/praktijk/inzagelog/page.tsx": { url: "/praktijk/inzagelog", expect: admins },
  "(staff)/praktijk/inzagelog/export/route.ts": { url: "/praktijk/inzagelog/export", expect: admins },
  "(staff)/praktijk/team/page.tsx": { url: "/praktijk/team", expect: admins },
  "(staff)/praktijk/taken/page.tsx": { url: "/praktijk/taken", expect: admins },
  "(staff)/praktijk/regels/page.tsx": { url: "/praktijk/regels", expect: admins },
  "(staff)/praktijk/wachtlijst/page.tsx": { url: "/praktijk/wachtlijst", expect: staff },
  "(staff)/praktijk/agenda-abonnement/page.tsx": { url: "/praktijk/agenda-abonnement", expect: staff },
  "agenda/[token]/route.ts": { url: `/agenda/${"x".repeat(43)}`, expect: { anonymous: "notFound", patientA: "notFound", patientB: "notFound", therapist: "notFound", otherTherapist: "notFound", admin: "notFound" } },
  "(public)/afspraak/bevestigd/agenda.ics/route.ts": { url: "/afspraak/bevestigd/agenda.ics", expect: { anonymous: "notFound", patientA: "notFound", patientB: "notFound", therapist: "notFound", otherTherapist: "notFound", admin: "notFound" } },
  // Like every portal address, anonymous visitors are sent to the login page first (proxy.ts); signed in, an id that is not yours is not found.
  "(patient)/portaal/afspraken/[id]/agenda.ics/route.ts": { url: `/portaal/afspraken/${unknownId}/agenda.ics`, expect: { anonymous: "login", patientA: "notFound", patientB: "notFound", therapist: "notFound", otherTherapist: "notFound", admin: "notFound" } },
  "(public)/wachtlijst/page.tsx": { url: "/wachtlijst", expect: everyone },
  "(public)/wachtlijst/aanbod/[token]/page.tsx": { url: `/wachtlijst/aanbod/${"x".repeat(43)}`, expect: everyone },
  "(public)/wachtlijst/afmelden/[token]/page.tsx": { url: `/wachtlijst/afmelden/${"x".repeat(43)}`, expect: everyone },
  "(staff)/praktijk/openingstijden/page.tsx": { url: "/praktijk/openingstijden", expect: staff },
  "(staff)/praktijk/oefeningen/page.tsx": { url: "/praktijk/oefeningen", expect: staff },
  "(staff)/praktijk/oefeningen/nieuw/page.tsx": { url: "/praktijk/oefeningen/nieuw", expect: staff },
  "(staff)/praktijk/oefeningen/[exerciseId]/page.tsx": (ids) => ({ url: `/praktijk/oefeningen/${ids.exerciseId}`, expect: staff }),
  // The photo/video upload only takes POSTs (who may post: exercise-media.spec.ts, tests/authorization/exercise-media.test.ts).
  "(staff)/praktijk/oefeningen/[exerciseId]/beeld/route.ts": (ids) => ({ url: `/praktijk/oefeningen/${ids.exerciseId}/beeld`, expect: { anonymous: "login", patientA: "postOnly", patientB: "postOnly", therapist: "postOnly", otherTherapist: "postOnly", admin: "postOnly" } }),
  // An exercise's photo or video: unknown ids are not found for everyone (who may see one: exercise-media.spec.ts).
  "oefenbeeld/[mediaId]/route.ts": { url: `/oefenbeeld/${unknownId}`, expect: { anonymous: "notFound", patientA: "notFound", patientB: "notFound", therapist: "notFound", otherTherapist: "notFound", admin: "notFound" } },
  "(staff)/praktijk/patienten/page.tsx": { url: "/praktijk/patienten", expect: staff },
  "(staff)/praktijk/patienten/[id]/page.tsx": { url: patientPage, expect: staff },
  "(staff)/praktijk/patienten/[id]/intake/[intakeId]/page.tsx": { url: `/praktijk/patienten/${bram.patientId}/intake/${bram.intakeId}`, expect: staff },
  "(staff)/praktijk/patienten/[id]/beoordelingen/nieuw/page.tsx": { url: `${patientPage}/beoordelingen/nieuw`, expect: staff },
  "(staff)/praktijk/patienten/[id]/beoordelingen/[assessmentId]/page.tsx": { url: `/praktijk/patienten/${bram.patientId}/beoordelingen/${bram.assessmentId}`, expect: staff },
  "(staff)/praktijk/patienten/[id]/plan/page.tsx": { url: `${patientPage}/plan`, expect: staff },
  "(staff)/praktijk/patienten/[id]/plan/doorzetten/page.tsx": { url: `${patientPage}/plan/doorzetten`, expect: staff },
  "(staff)/praktijk/patienten/[id]/plan/fasen/[phaseId]/page.tsx": { url: `${patientPage}/plan/fasen/${fixturePhaseId("a", 2)}`, expect: staff },
  "(staff)/praktijk/patienten/[id]/vervolgafspraak/page.tsx": { url: `${patientPage}/vervolgafspraak`, expect: staff },
  "(staff)/praktijk/patienten/[id]/afspraken/[appointmentId]/page.tsx": { url: `${patientPage}/afspraken/${anna.appointmentId}`, expect: staff },
  "(staff)/praktijk/patienten/[id]/screening/page.tsx": { url: `${patientPage}/screening`, expect: staff },
  "(staff)/praktijk/patienten/[id]/metingen/page.tsx": { url: `${patientPage}/metingen`, expect: staff },
  "(staff)/praktijk/patienten/[id]/voortgang/page.tsx": { url: `${patientPage}/voortgang`, expect: staff },
  "(staff)/praktijk/patienten/[id]/verwijderverzoek/page.tsx": { url: `${patientPage}/verwijderverzoek`, expect: staff },
  // Auth.js's own endpoints: the session endpoint answers everyone (with no session for anonymous).
  "api/auth/[...nextauth]/route.ts": { url: "/api/auth/session", expect: everyone },
  // The development mailbox is switched on for the browser tests (DEV_MAILBOX=on; off in production).
  "dev/mail/page.tsx": { url: "/dev/mail", expect: everyone },
  "dev/sms/page.tsx": { url: "/dev/sms", expect: everyone },
  "dev/mail/[id]/page.tsx": { url: `/dev/mail/${unknownId}`, expect: { ...everyone, anonymous: "notFound", patientA: "notFound", patientB: "notFound", therapist: "notFound", otherTherapist: "notFound", admin: "notFound" } },
  "dev/mail/[id]/uitnodiging.ics/route.ts": { url: `/dev/mail/${unknownId}/uitnodiging.ics`, expect: { anonymous: "notFound", patientA: "notFound", patientB: "notFound", therapist: "notFound", otherTherapist: "notFound", admin: "notFound" } },
};

type Resolved = { exerciseId: string };

/** Every page.tsx and route.ts under app/ (relative to app/). There is no pages/ (public-pages.spec.ts). */
function discoverRoutes(): string[] {
  const walk = (root: string, dir: string, isRoute: (name: string) => boolean): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return walk(root, full, isRoute);
      return isRoute(entry.name) ? [path.relative(root, full).split(path.sep).join("/")] : [];
    });
  return walk(path.resolve("app"), path.resolve("app"), (name) => name === "page.tsx" || name === "route.ts").sort();
}

const accounts: Record<Exclude<Role, "anonymous">, { email: string; password: string; totpSecret?: string }> = {
  patientA: anna,
  patientB: bram,
  therapist: demo.therapist,
  otherTherapist: demo.secondTherapist,
  admin: demo.admin,
};

function classify(response: APIResponse): Expected | `other ${number} ${string}` {
  const status = response.status();
  if (status === 200) return "ok";
  if (status === 404) return "notFound";
  if (status === 403) return "forbidden";
  if (status === 405) return "postOnly";
  if (status >= 300 && status < 400) {
    const location = new URL(response.headers()["location"] ?? "", "http://keten.test").pathname;
    if (location.startsWith("/inloggen")) return "login";
    if (location === "/portaal" || location === "/praktijk") return "home";
    if (location === "/klachtencheck") return "selfCheck";
    if (location.startsWith("/praktijk/patienten/")) return "toRecord";
    return `other ${status} ${location}`;
  }
  return `other ${status} `;
}

test.describe("authorization matrix of the routes", () => {
  test.describe.configure({ timeout: 600_000 });
  const contexts = new Map<Role, BrowserContext>();

  test.afterAll(async () => {
    for (const context of contexts.values()) await context.close();
  });

  test("every page and route answers each of the six roles as expected", async ({ browser }) => {
    for (const role of roles) {
      const context = await browser.newContext();
      contexts.set(role, context);
      if (role !== "anonymous") await login(await context.newPage(), accounts[role]);
    }
    // An exercise's id is random per database: the library page of a therapist lists them.
    const library = await (await contexts.get("therapist")!.request.get("/praktijk/oefeningen")).text();
    const exerciseId = library.match(/\/praktijk\/oefeningen\/([0-9a-f-]{36})/)?.[1];
    expect(exerciseId, "an exercise in the library").toBeDefined();
    const resolved: Resolved = { exerciseId: exerciseId! };

    const discovered = discoverRoutes();
    expect(discovered.length).toBeGreaterThan(40);
    const unmapped = discovered.filter((file) => !(file in routes));
    expect(unmapped, "routes without a URL in the authorization matrix").toEqual([]);
    expect(Object.keys(routes).filter((file) => !discovered.includes(file)), "routes in the table that no longer exist").toEqual([]);

    const failures: string[] = [];
    for (const file of discovered) {
      const entry = routes[file]!;
      const row = typeof entry === "function" ? entry(resolved) : entry;
      for (const role of roles) {
        const response = await contexts.get(role)!.request.get(row.url, { maxRedirects: 0 });
        const got = classify(response);
        const body = await response.text();
        if (response.status() >= 500) failures.push(`${row.url} as ${role}: ${response.status()}`);
        if (got !== row.expect[role]) failures.push(`${row.url} as ${role}: expected ${row.expect[role]}, got ${got}`);
        // (Patient A's own pages show her own name, also around a refusal.)
        if (got !== "ok" && role !== "patientA" && body.includes(ANNA_NAME)) failures.push(`${row.url} as ${role}: a refused answer names patient A`);
      }
    }
    expect(failures).toEqual([]);
  });

  test("every page runs its scripts: none is blocked by the Content-Security-Policy, for any role that may open it (issue 12, point 5)", async ({ browser }) => {
    const resolved: Resolved = { exerciseId: "" };
    const library = await (await contexts.get("therapist")!.request.get("/praktijk/oefeningen")).text();
    resolved.exerciseId = library.match(/\/praktijk\/oefeningen\/([0-9a-f-]{36})/)?.[1] ?? unknownId;
    const failures: string[] = [];
    for (const file of discoverRoutes().filter((name) => name.endsWith("page.tsx"))) {
      const entry = routes[file]!;
      const row = typeof entry === "function" ? entry(resolved) : entry;
      const role = roles.find((candidate) => row.expect[candidate] === "ok");
      if (!role) continue;
      const page = await contexts.get(role)!.newPage();
      const blocked = watchBlockedScripts(page);
      await page.goto(row.url);
      await page.waitForLoadState("networkidle");
      const hydrated = await page.evaluate(() => Boolean((window as unknown as { next?: { version?: string } }).next?.version));
      if (!hydrated) failures.push(`${row.url} as ${role}: the framework's scripts did not run`);
      for (const message of blocked) failures.push(`${row.url} as ${role}: ${message}`);
      await page.close();
    }
    // An address no route knows: the not-found page's scripts run too.
    const page = await browser.newPage();
    const blocked = watchBlockedScripts(page);
    await page.goto("/bestaat-niet");
    await page.waitForLoadState("networkidle");
    for (const message of blocked) failures.push(`/bestaat-niet: ${message}`);
    await page.close();
    expect(failures).toEqual([]);
  });

  test("a forged x-middleware-subrequest header opens nothing for an anonymous visitor", async ({ request }) => {
    const forged = ["proxy:proxy:proxy:proxy:proxy", "middleware:middleware:middleware:middleware:middleware", "src/middleware:src/middleware:src/middleware:src/middleware:src/middleware", "middleware"];
    for (const value of forged) {
      for (const url of ["/portaal", "/portaal/plan", `/portaal/plan/${anna.planId}`, "/portaal/gegevens/export", "/praktijk", `/praktijk/patienten/${anna.patientId}`, "/praktijk/patienten"]) {
        const response = await request.get(url, { maxRedirects: 0, headers: { "x-middleware-subrequest": value } });
        const what = `${url} with x-middleware-subrequest: ${value}`;
        expect(response.status(), what).toBeLessThan(500);
        expect(classify(response), what).toBe("login");
        const body = await response.text();
        expect(body, what).not.toContain(ANNA_NAME);
        expect(body, what).not.toContain(anna.email);
      }
    }
  });
});
