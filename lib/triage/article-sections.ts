/**
 * The knowledge-base sections the advice links to. The ids are the Dutch slugs of the articles' headings;
 * a unit test (lib/content) checks that every one of them exists, with this title.
 */
export type ArticleSection = { href: string; title: string };

export const articleSections = {
  grades: { href: "/kennisbank/overbelaste-hamstring#overbelast-of-gescheurd-de-drie-graden", title: "Overbelast of gescheurd? De drie graden" },
  recovery: { href: "/kennisbank/overbelaste-hamstring#hoe-lang-duurt-herstel", title: "Hoe lang duurt herstel?" },
  crampSignals: {
    href: "/kennisbank/kramp-in-je-hamstring#wanneer-is-kramp-een-signaal-van-iets-groters",
    title: "Wanneer is kramp een signaal van iets groters?",
  },
  acuteCramp: { href: "/kennisbank/kramp-in-je-hamstring#wat-doe-je-als-de-kramp-toeslaat", title: "Wat doe je als de kramp toeslaat?" },
} as const satisfies Record<string, ArticleSection>;

/** Sections to read for each advice when no warning sign points somewhere more specific. */
export const selfCareSections: ArticleSection[] = [articleSections.acuteCramp, articleSections.recovery];

export function articleSectionByHref(href: string): ArticleSection | undefined {
  return Object.values(articleSections).find((section) => section.href === href);
}
