import type { IncomingMessage } from "node:http";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { readFormPost, readFormRequest } from "./form-post";

function request(body: string, contentType = "application/x-www-form-urlencoded", contentLength?: number): IncomingMessage {
  const stream = Readable.from([Buffer.from(body)]) as unknown as IncomingMessage;
  stream.headers = { "content-type": contentType, ...(contentLength === undefined ? {} : { "content-length": String(contentLength) }) };
  return stream;
}

/** A web Request whose body arrives in pieces, without announcing its length (as a chunked upload). */
function streamed(pieces: string[], contentType = "application/x-www-form-urlencoded", headers: Record<string, string> = {}): Request {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const piece of pieces) controller.enqueue(new TextEncoder().encode(piece));
      controller.close();
    },
  });
  return new Request("http://keten.test/klachtencheck/boeken", { method: "POST", body, headers: { "content-type": contentType, ...headers }, duplex: "half" } as RequestInit);
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

  it("does not read a body that announces more than the limit", async () => {
    const stream = request("a=1", "application/x-www-form-urlencoded", 5_000_000);
    expect(await readFormPost(stream, 1_000)).toBeNull();
    expect(stream.readableEnded).toBe(false);
  });
});

describe("readFormRequest", () => {
  it("reads a posted form that arrives in pieces", async () => {
    const form = await readFormRequest(streamed(["answers=%7B%22loc", "ation%22%3A%22left%22%7D"]), 1_000);
    expect(form?.get("answers")).toBe('{"location":"left"}');
  });

  it("stops reading past the limit, whether announced or not, and refuses other content types", async () => {
    expect(await readFormRequest(streamed(["a=", "x".repeat(600), "x".repeat(600)]), 1_000)).toBeNull();
    expect(await readFormRequest(streamed(["a=1"], "application/x-www-form-urlencoded", { "content-length": "5000000" }), 1_000)).toBeNull();
    expect(await readFormRequest(streamed(['{"a":1}'], "application/json"), 1_000)).toBeNull();
  });
});
