import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/http/errors";
import { WorkerPool } from "./pool";

const text = "Der Experte sagt, die Regierung wird wahrscheinlich bis 2030 zurücktreten. ".repeat(3);
const pool = new WorkerPool("extract", 1, 1);

/** Long enough that the extraction takes far longer than the 1 ms budget below (a warm worker answers the short text in about that). */
const longText = text.repeat(3000);

const run = (timeoutMs: number, input = text) =>
  pool.run<{ candidates: unknown[] }>(
    { text: input, language: "de" },
    {
      timeoutMs,
      onTimeout: () => new AppError("unprocessable", "over the extraction time limit", [{ field: "text", message: "too slow" }], { limit: "extraction time" }),
    },
  );

describe("the worker pool", () => {
  it("runs the extractor in a worker thread", async () => {
    const r = await run(60_000);
    expect(r.candidates.length).toBeGreaterThan(0);
  }, 90_000);

  it("stops a task over its time budget with the error naming the limit, then serves the next", async () => {
    await expect(run(1, longText)).rejects.toMatchObject({ code: "unprocessable", details: { limit: "extraction time" } });
    expect((await run(60_000)).candidates.length).toBeGreaterThan(0);
  }, 90_000);

  it("answers 503 naming the queue when the queue is full", async () => {
    const a = run(60_000);
    const b = run(60_000);
    await expect(run(60_000)).rejects.toMatchObject({ code: "unavailable", details: { limit: "extract queue", retryAfter: 10 } });
    await Promise.all([a, b]);
  }, 90_000);
});
