import { describe, expect, it } from "vitest";
import { staticPagesAddressWarning } from "./static-pages-address";

describe("the address the static pages were built for", () => {
  it("says nothing when the build and the server name the same address", () => {
    expect(staticPagesAddressWarning("https://keten.example.nl", "https://keten.example.nl")).toBeNull();
    expect(staticPagesAddressWarning("https://keten.example.nl", "https://keten.example.nl/")).toBeNull();
    expect(staticPagesAddressWarning(undefined, "https://keten.example.nl")).toBeNull();
  });

  it("names both addresses and the command that fixes it when they differ", () => {
    const warning = staticPagesAddressWarning("http://localhost:3000", "https://keten.example.nl");
    expect(warning).toContain("gebouwd voor http://localhost:3000");
    expect(warning).toContain("APP_URL is https://keten.example.nl");
    expect(warning).toContain("APP_URL=https://keten.example.nl npm run build");
  });
});
