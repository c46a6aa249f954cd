import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "./errors";
import { parseId } from "./ids";
import { parseQuery } from "./query-params";
import { readJsonBody } from "./read-json";
import { route } from "./route";

const json = (body: BodyInit, headers: Record<string, string> = { "content-type": "application/json" }) =>
  new Request("http://x/", { method: "POST", body, headers });

describe("readJsonBody", () => {
  it("answers 413 for a body over the limit, by declared length or while reading", async () => {
    await expect(readJsonBody(json("x".repeat(100), { "content-type": "application/json", "content-length": "100" }), "it", 10)).rejects.toMatchObject({
      code: "payload_too_large",
      status: 413,
    });
    const stream = new ReadableStream({
      start: (c) => {
        c.enqueue(new TextEncoder().encode(`"${"y".repeat(50)}"`));
        c.close();
      },
    });
    const req = new Request("http://x/", { method: "POST", body: stream, headers: { "content-type": "application/json" }, duplex: "half" } as RequestInit);
    await expect(readJsonBody(req, "it", 10)).rejects.toMatchObject({ status: 413 });
  });

  it("refuses other content types and bad JSON with a 400 that says which", async () => {
    await expect(readJsonBody(json("{}", { "content-type": "text/plain" }), "the outcome")).rejects.toThrow(/Send the outcome as JSON/);
    await expect(readJsonBody(json("{nope"))).rejects.toThrow(/not valid JSON/);
    expect(await readJsonBody(json('{"a":1}'))).toEqual({ a: 1 });
  });
});

describe("parseQuery", () => {
  const schema = z.strictObject({ n: z.coerce.number().int().optional(), s: z.string().optional() });
  it("reports repeated, unknown and invalid parameters as {field, message}, blank ones as absent", () => {
    const r = parseQuery(schema, new URLSearchParams("n=x&s=a&s=b&zz=1&blank="), { allowed: ["n", "s"] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.field).sort()).toEqual(["n", "s", "zz"]);
    expect(r.errors.find((e) => e.field === "zz")!.message).toBe("unknown parameter; allowed: n, s");
    expect(parseQuery(schema, { n: "3", blank: undefined })).toEqual({ ok: true, data: { n: 3 } });
  });
});

describe("parseId", () => {
  it("accepts positive whole numbers and refuses the rest with a 400", () => {
    expect(parseId("42")).toBe(42);
    for (const bad of ["0", "-1", "1.5", "0x10", "1e3", "", "99999999999999999999"]) expect(() => parseId(bad)).toThrow(AppError);
    expect(() => parseId("11", "forecast", "value")).toThrow(/positive whole number/);
    expect(parseId(11, "forecast", "value")).toBe(11);
  });
});

describe("route", () => {
  it("turns an AppError into its status and JSON body, and anything else into a logged 500", async () => {
    const bad = await route(() => {
      throw new AppError("unavailable", "busy", undefined, { retryAfter: 2 });
    })(new Request("http://x/"));
    expect(bad.status).toBe(503);
    expect(bad.headers.get("retry-after")).toBe("2");
    expect(await bad.json()).toEqual({ error: { code: "unavailable", message: "busy", retryAfter: 2 } });
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (e: unknown) => errors.push(e);
    const boom = await route(() => {
      throw new Error("secret detail");
    })(new Request("http://x/"));
    console.error = original;
    expect(boom.status).toBe(500);
    expect(JSON.stringify(await boom.json())).not.toContain("secret detail");
    expect(errors).toHaveLength(1);
  });
});
