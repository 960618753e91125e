import { describe, expect, it } from "vitest";
import { mediaKind, sniffMediaType } from "./sniff";

const bytes = (...parts: (number[] | string)[]) => new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe("sniffMediaType", () => {
  it("recognises the five allowed kinds by their first bytes", () => {
    expect(sniffMediaType(bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], "JFIF"))).toBe("image/jpeg");
    expect(sniffMediaType(bytes([0x89], "PNG", [0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], "IHDR"))).toBe("image/png");
    expect(sniffMediaType(bytes("RIFF", [0x24, 0, 0, 0], "WEBPVP8 "))).toBe("image/webp");
    expect(sniffMediaType(bytes([0, 0, 0, 0x20], "ftypisom", [0, 0, 2, 0], "isomiso2avc1mp41"))).toBe("video/mp4");
    expect(sniffMediaType(bytes([0, 0, 0, 0x18], "ftypmp42"))).toBe("video/mp4");
    expect(sniffMediaType(bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, 0x42, 0x82, 0x84], "webm", [0x42, 0x87]))).toBe("video/webm");
    expect(mediaKind("video/webm")).toBe("video");
    expect(mediaKind("image/png")).toBe("image");
  });

  it("refuses what only pretends: text, SVG, HTML, GIF, QuickTime, Matroska that is not WebM, PDF, an empty file", () => {
    for (const file of [
      bytes("<svg xmlns='http://www.w3.org/2000/svg'/>"),
      bytes("<!doctype html><script>alert(1)</script>"),
      bytes("GIF89a", [1, 0, 1, 0]),
      bytes([0, 0, 0, 0x14], "ftypqt  "),
      bytes([0, 0, 0, 0x18], "ftypheic"),
      bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x82, 0x88], "matroska"),
      bytes("%PDF-1.7"),
      bytes("RIFF", [0, 0, 0, 0], "WAVE"),
      bytes([0xff, 0xd8]),
      new Uint8Array(),
    ]) {
      expect(sniffMediaType(file)).toBeNull();
    }
  });
});
