import { describe, expect, it } from "vitest";
import { servicePriceSchema } from "./service-price";

const parse = (price: string) => servicePriceSchema.safeParse({ serviceId: "x", price });

describe("a treatment's price as the admin types it", () => {
  it("reads euros with a comma or point, whole euros, and empty as 'no price shown'", () => {
    expect(parse("79,50").data?.price).toBe(7950);
    expect(parse("42.10").data?.price).toBe(4210);
    expect(parse(" 42 ").data?.price).toBe(4200);
    expect(parse("€ 65").data?.price).toBe(6500);
    expect(parse("").data?.price).toBeNull();
  });

  it("refuses what is not an amount, or more than 1000 euros, with a Dutch message", () => {
    for (const bad of ["veertig", "-5", "79,5", "12345", "1000,01"]) {
      const result = parse(bad);
      expect(result.success, bad).toBe(false);
      expect(result.error?.issues[0]?.message, bad).toMatch(/bedrag/);
    }
  });
});
