/**
 * A strict little XML parser for tests: it proves a file is well-formed (one root element, balanced tags,
 * quoted and unique attributes, only known entities) and hands it back as a tree to inspect. It reads our
 * own committed files (the exercise drawings); it is no DOM and not meant for input from outside.
 */
export type XmlElement = { name: string; attributes: Record<string, string>; children: XmlNode[] };
export type XmlNode = XmlElement | string;

const NAME = /^[A-Za-z_:][\w.:-]*/;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(raw: string): string {
  return raw.replace(/&([^;]*);|&/g, (_match, name: string | undefined) => {
    if (name === undefined) throw new Error(`a bare "&" in ${JSON.stringify(raw)}`);
    const code = /^#x([0-9a-fA-F]+)$/.exec(name)?.[1] ?? /^#([0-9]+)$/.exec(name)?.[1];
    if (code !== undefined) return String.fromCodePoint(parseInt(code, name.startsWith("#x") ? 16 : 10));
    const entity = ENTITIES[name];
    if (entity === undefined) throw new Error(`unknown entity &${name};`);
    return entity;
  });
}

export function parseXml(source: string): XmlElement {
  let i = 0;
  const fail = (message: string): never => {
    throw new Error(`${message} (at character ${i})`);
  };
  const skipSpace = () => {
    const space = /^\s*/.exec(source.slice(i))?.[0] ?? "";
    i += space.length;
    return space.length > 0;
  };
  const skipPast = (end: string, what: string) => {
    const at = source.indexOf(end, i);
    if (at < 0) fail(`unclosed ${what}`);
    i = at + end.length;
  };
  const readName = (what: string) => {
    const name = NAME.exec(source.slice(i))?.[0] ?? fail(`expected ${what}`);
    i += name.length;
    return name;
  };
  // Comments and processing instructions may stand around the root element and between children.
  const skipMisc = (): boolean => {
    if (source.startsWith("<!--", i)) skipPast("-->", "comment");
    else if (source.startsWith("<?", i)) skipPast("?>", "processing instruction");
    else return false;
    return true;
  };

  const parseElement = (): XmlElement => {
    i += 1; // "<"
    const name = readName("an element name");
    const attributes: Record<string, string> = {};
    for (;;) {
      const spaced = skipSpace();
      if (source.startsWith("/>", i)) {
        i += 2;
        return { name, attributes, children: [] };
      }
      if (source[i] === ">") {
        i += 1;
        break;
      }
      if (!spaced) fail(`expected a space before an attribute of <${name}>`);
      const attribute = readName("an attribute name");
      const equals = /^\s*=\s*/.exec(source.slice(i))?.[0] ?? fail(`expected "=" after ${attribute}`);
      i += equals.length;
      const quote = source[i];
      if (quote !== '"' && quote !== "'") fail(`the value of ${attribute} is not quoted`);
      const end = source.indexOf(quote as string, i + 1);
      if (end < 0) fail(`the value of ${attribute} is not closed`);
      const raw = source.slice(i + 1, end);
      if (raw.includes("<")) fail(`"<" in the value of ${attribute}`);
      if (Object.hasOwn(attributes, attribute)) fail(`${attribute} twice on <${name}>`);
      attributes[attribute] = decode(raw);
      i = end + 1;
    }
    const children: XmlNode[] = [];
    for (;;) {
      const lt = source.indexOf("<", i);
      if (lt < 0) fail(`<${name}> is never closed`);
      if (lt > i) children.push(decode(source.slice(i, lt)));
      i = lt;
      if (source.startsWith("</", i)) {
        i += 2;
        const closing = readName("the name of a closing tag");
        if (closing !== name) fail(`</${closing}> closes <${name}>`);
        skipSpace();
        if (source[i] !== ">") fail(`expected ">" after </${closing}`);
        i += 1;
        return { name, attributes, children };
      }
      if (source.startsWith("<![CDATA[", i)) {
        const start = i + 9;
        skipPast("]]>", "CDATA section");
        children.push(source.slice(start, i - 3));
        continue;
      }
      if (skipMisc()) continue;
      children.push(parseElement());
    }
  };

  const skipProlog = () => {
    do skipSpace();
    while (skipMisc());
  };
  skipProlog();
  if (source[i] !== "<") fail("no root element");
  const root = parseElement();
  skipProlog();
  if (i !== source.length) fail("content after the root element");
  return root;
}

/** Every element in the tree, the root first. */
export function elementsOf(root: XmlElement): XmlElement[] {
  return [root, ...root.children.flatMap((child) => (typeof child === "string" ? [] : elementsOf(child)))];
}

/** The text inside an element and its descendants. */
export function textOf(element: XmlElement): string {
  return element.children.map((child) => (typeof child === "string" ? child : textOf(child))).join("");
}
