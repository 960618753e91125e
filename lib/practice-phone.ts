/**
 * The practice's phone number on its own: the error pages are client components, and importing all of
 * `practice` (directions and all) would put it in the JavaScript of every page (issue 14, point 3).
 */
export const practicePhone = { phone: "030 123 45 67", phoneHref: "tel:+31301234567" } as const;
