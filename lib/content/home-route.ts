import { revalidatePath } from "next/cache";

/**
 * The home page lives at app/(public)/voorpagina/[versie] and "/" is rewritten to it (next.config.ts), so
 * that `next build` does not prerender it without a database (decision 002) while it is still served as a
 * static page once rendered (decision 014).
 */
export const HOME_EDITION = "nl";
export const HOME_ROUTE = `/voorpagina/${HOME_EDITION}`;

/** Call from every server action that changes what the home page lists (services, therapists). */
export function refreshHomePage(): void {
  // The page's own address, and its route as Next names it (with the route group).
  revalidatePath(HOME_ROUTE);
  revalidatePath("/(public)/voorpagina/[versie]", "page");
}

/**
 * /praktisch (prices, opening hours, the practice's rules) is kept the same way: the page lives at
 * app/(public)/praktisch/[versie] and "/praktisch" is rewritten to it.
 */
export const PRACTICAL_PATH = "/praktisch";
export const PRACTICAL_ROUTE = `${PRACTICAL_PATH}/${HOME_EDITION}`;

/** Call from every server action that changes what /praktisch shows (prices, hours, rules, complaints). */
export function refreshPracticalPage(): void {
  revalidatePath(PRACTICAL_ROUTE);
  revalidatePath("/(public)/praktisch/[versie]", "page");
}
