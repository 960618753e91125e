import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrorsFrom, formValues, invalidForm } from "./form-state";

describe("form state helpers", () => {
  it("keeps what the user typed but never a password", () => {
    const data = new FormData();
    data.set("email", "Lotte@Voorbeeld.nl");
    data.set("password", "geheim");
    data.append("days", "ma");
    data.append("days", "di");
    expect(formValues(data)).toEqual({ email: "Lotte@Voorbeeld.nl", days: "ma,di" });
  });

  it("puts each Dutch message under its field", () => {
    const schema = z.object({ email: z.email("Vul een geldig e-mailadres in."), age: z.number("Vul een getal in.") });
    const result = schema.safeParse({ email: "nee", age: "x" });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(fieldErrorsFrom(result.error)).toEqual({ email: ["Vul een geldig e-mailadres in."], age: ["Vul een getal in."] });
    const state = invalidForm(result.error, new FormData());
    expect(state.ok).toBe(false);
    expect(state.message).toBe("Controleer de gemarkeerde velden.");
  });
});
