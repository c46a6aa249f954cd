import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { errorBody, errorResponse } from "./errors";

describe("a write that meets a busy database", () => {
  it("answers 503 with Retry-After naming the limit, not 500", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hindsight-busy-"));
    const file = path.join(dir, "busy.db");
    const holder = new Database(file);
    holder.pragma("journal_mode = WAL");
    holder.exec("create table t (x integer)");
    const writer = new Database(file, { timeout: 50 });
    holder.exec("begin immediate");
    let thrown: unknown;
    try {
      writer.prepare("insert into t values (1)").run();
    } catch (err) {
      thrown = err;
    }
    holder.exec("rollback");
    expect((thrown as { code?: string }).code).toBe("SQLITE_BUSY");
    const res = errorResponse(thrown);
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("5");
    const body = (await res.json()) as { error: { code: string; message: string; limit: string } };
    expect(body.error.code).toBe("unavailable");
    expect(body.error.limit).toBe("database write wait");
    // Server actions get the same body through errorBody, wrapped or not.
    expect(errorBody(Object.assign(new Error("wrapped"), { cause: thrown })).code).toBe("unavailable");
    expect(writer.prepare("select count(*) as n from t").get()).toEqual({ n: 0 });
    writer.close();
    holder.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
