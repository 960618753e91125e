import { describe, expect, it } from "vitest";
import { createSlugger, slugify } from "./slug";

describe("slugify", () => {
  it("turns Dutch headings into readable fragments", () => {
    expect(slugify("Overbelast of gescheurd? De drie graden")).toBe("overbelast-of-gescheurd-de-drie-graden");
    expect(slugify("Eén been, 's nachts & de 90-90-stretch")).toBe("een-been-s-nachts-de-90-90-stretch");
    expect(slugify("  Wat doe je als de kramp toeslaat?  ")).toBe("wat-doe-je-als-de-kramp-toeslaat");
  });

  it("keeps ids unique within a page and avoids reserved ones", () => {
    const slug = createSlugger(["veelgestelde-vragen"]);
    expect(slug("Veelgestelde vragen")).toBe("veelgestelde-vragen-2");
    expect(slug("Herstel")).toBe("herstel");
    expect(slug("Herstel")).toBe("herstel-2");
    expect(slug("?!")).toBe("sectie");
  });
});
