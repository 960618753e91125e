import type { IncomingMessage } from "node:http";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { readFormPost } from "./form-post";

function request(body: string, contentType = "application/x-www-form-urlencoded"): IncomingMessage {
  const stream = Readable.from([Buffer.from(body)]) as unknown as IncomingMessage;
  stream.headers = { "content-type": contentType };
  return stream;
}

describe("readFormPost", () => {
  it("reads the fields of a posted HTML form, repeated keys included", async () => {
    const form = await readFormPost(request("location=left&pop=no&pop=yes&note=caf%C3%A9+%26+thee"), 1_000);
    expect(form?.get("location")).toBe("left");
    expect(form?.getAll("pop")).toEqual(["no", "yes"]);
    expect(form?.get("note")).toBe("café & thee");
  });

  it("accepts a charset on the content type", async () => {
    expect((await readFormPost(request("a=1", "application/x-www-form-urlencoded; charset=UTF-8")))?.get("a")).toBe("1");
  });

  it("gives null for another content type or a body over the limit", async () => {
    expect(await readFormPost(request("a=1", "multipart/form-data; boundary=x"))).toBeNull();
    expect(await readFormPost(request('{"a":1}', "application/json"))).toBeNull();
    expect(await readFormPost(request(`a=${"x".repeat(2_000)}`), 1_000)).toBeNull();
  });
});
