/**
 * What an uploaded file really is, from its first bytes (its "magic number"), not from the name or the type
 * the browser declared: a renamed script stays a script. Only the five kinds an exercise's picture or video
 * may be are recognised. Pure.
 */
export const MEDIA_TYPES = ["image/jpeg", "image/png", "image/webp", "video/mp4", "video/webm"] as const;
export type MediaType = (typeof MEDIA_TYPES)[number];
export type MediaKind = "image" | "video";

export const MEDIA_EXTENSIONS: Record<MediaType, string> = { "image/jpeg": "jpg", "image/png": "png", "image/webp": "webp", "video/mp4": "mp4", "video/webm": "webm" };

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) => signature.every((byte, i) => bytes[offset + i] === byte);
const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

export function sniffMediaType(bytes: Uint8Array): MediaType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 12) === "WEBP") return "image/webp";
  // ISO base media (MP4): a box of type "ftyp" first, with an MP4-family brand (not QuickTime's "qt  " or HEIC).
  if (bytes.length >= 12 && ascii(bytes, 4, 8) === "ftyp" && /^(isom|iso[2-9]|mp41|mp42|avc1|dash|M4V |mmp4)$/.test(ascii(bytes, 8, 12))) return "video/mp4";
  // Matroska/WebM: the EBML header, whose DocType says "webm" within its first bytes.
  if (startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3]) && ascii(bytes, 4, Math.min(bytes.length, 64)).includes("webm")) return "video/webm";
  return null;
}

export function mediaKind(type: MediaType): MediaKind {
  return type.startsWith("video/") ? "video" : "image";
}

export function isMediaType(value: string): value is MediaType {
  return (MEDIA_TYPES as readonly string[]).includes(value);
}
