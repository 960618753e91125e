import { parse } from "yaml";

/** Splits a Markdown file into its YAML front matter (parsed, not yet validated) and its body. */
export function splitFrontMatter(source: string): { data: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) return { data: {}, body: source };
  return { data: parse(match[1] ?? ""), body: match[2] ?? "" };
}
