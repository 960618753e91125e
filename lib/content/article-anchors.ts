/**
 * The fixed anchors of every article page, apart from lib/content/articles.ts (which reads files) so that
 * page components can use them without pulling file access into a browser bundle.
 */
export const WARNING_BOX_MARKER = ":::waarschuwingen";
export const WARNING_BOX_ID = "wanneer-naar-een-professional";
export const FAQ_ID = "veelgestelde-vragen";
