/**
 * One HTTP byte range (RFC 9110 §14.1.2), as a video player asks for it: "bytes=0-", "bytes=500-999",
 * "bytes=-500" (the last 500). Several ranges at once, or anything malformed, is answered with the whole
 * file (null), as the RFC allows; a range that starts past the end is "unsatisfiable" (416). Pure.
 */
export function parseByteRange(header: string | null, size: number): { start: number; end: number } | "unsatisfiable" | null {
  const match = header?.trim().match(/^bytes=(\d*)-(\d*)$/);
  if (!match || (match[1] === "" && match[2] === "")) return null;
  const [, from, to] = match;
  if (from === "") {
    const suffix = Number(to);
    if (suffix === 0) return "unsatisfiable";
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(from);
  if (start >= size) return "unsatisfiable";
  const end = to === "" ? size - 1 : Math.min(Number(to), size - 1);
  if (end < start) return null;
  return { start, end };
}
