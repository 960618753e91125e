import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { seedExercises } from "@/db/seed-data/exercises";
import { elementsOf, parseXml, textOf, type XmlElement } from "@/tests/xml";
import { exerciseIllustration, illustratedExerciseSlugs } from "./exercise-illustrations";

const publicDir = path.resolve(import.meta.dirname, "../../public");

function drawing(slug: string) {
  const illustration = exerciseIllustration(slug);
  if (!illustration) throw new Error(`no illustration for ${slug}`);
  const file = path.join(publicDir, illustration.src);
  const source = readFileSync(file, "utf8");
  return { illustration, file, source, root: parseXml(source) };
}

const byId = (root: XmlElement, id: string) => elementsOf(root).find((element) => element.attributes.id === id);

describe("exercise illustrations", () => {
  it("has a drawing for every exercise in the seeded library, named as the exercise", () => {
    for (const exercise of seedExercises) {
      expect(exerciseIllustration(exercise.slug)?.title, exercise.slug).toBe(exercise.name);
    }
  });

  it("draws the easier and harder variants and the wedges exercises for the feet too", () => {
    for (const slug of ["nordic-hamstring-curl-met-band", "bilbrug-eenbenig", "wedge-kuitstretch", "wedge-balans-eenbenig", "wedge-kuitheffen", "voetboog-activatie"]) {
      expect(exerciseIllustration(slug)?.src).toBe(`/illustrations/exercises/${slug}.svg`);
    }
  });

  it("answers null for an exercise nobody drew, also for names every object has", () => {
    expect(exerciseIllustration("handstand")).toBeNull();
    expect(exerciseIllustration("constructor")).toBeNull();
    expect(exerciseIllustration("__proto__")).toBeNull();
  });

  it("gives every id in every file that file's own prefix, so several drawings can share one page", () => {
    const seen = new Set<string>();
    for (const slug of illustratedExerciseSlugs) {
      for (const element of elementsOf(drawing(slug).root)) {
        const id = element.attributes.id;
        if (id === undefined) continue;
        expect(id.startsWith(`${slug}-`), `${slug}: ${id}`).toBe(true);
        expect(seen.has(id), id).toBe(false);
        seen.add(id);
      }
    }
  });

  describe.each(illustratedExerciseSlugs)("%s", (slug) => {
    it("is a small SVG file that parses as XML", () => {
      const { file, root } = drawing(slug);
      expect(statSync(file).size).toBeLessThan(8 * 1024);
      expect(root.name).toBe("svg");
      expect(root.attributes.xmlns).toBe("http://www.w3.org/2000/svg");
    });

    it("is an image named by the manifest's Dutch title and described by its description", () => {
      const { root, illustration } = drawing(slug);
      expect(root.attributes.role).toBe("img");
      expect(root.attributes["aria-labelledby"]).toBe(`${slug}-title ${slug}-desc`);
      const title = byId(root, `${slug}-title`);
      const desc = byId(root, `${slug}-desc`);
      expect(title?.name).toBe("title");
      expect(desc?.name).toBe("desc");
      expect(textOf(title!)).toBe(illustration.title);
      expect(textOf(desc!)).toBe(illustration.description);
      // The title comes first, so tools that read only the first child still find the name.
      expect(root.children.find((child) => typeof child !== "string")).toBe(title);
    });

    it("scales by its viewBox alone and draws in the text colour, so it follows dark mode and print", () => {
      const { root, source } = drawing(slug);
      expect(root.attributes.viewBox).toMatch(/^0 0 \d+ \d+$/);
      expect(root.attributes.width).toBeUndefined();
      expect(root.attributes.height).toBeUndefined();
      expect(source).toContain('stroke="currentColor"');
    });

    it("runs nothing and loads nothing from elsewhere", () => {
      const { root } = drawing(slug);
      for (const element of elementsOf(root)) {
        expect(["script", "foreignObject", "image", "a", "iframe"], element.name).not.toContain(element.name);
        if (element.name === "style") expect(textOf(element)).not.toMatch(/url\(|@import/i);
        for (const [name, value] of Object.entries(element.attributes)) {
          expect(name.toLowerCase().startsWith("on"), `${element.name} ${name}`).toBe(false);
          if (name === "href" || name.endsWith(":href")) expect(value.startsWith("#"), value).toBe(true);
          expect(value, `${element.name} ${name}`).not.toMatch(/url\(\s*['"]?(?!#)/i);
          if (name === "style") expect(value).not.toMatch(/url\(|@import|expression\(/i);
        }
      }
    });
  });
});
