import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { whileBusy } from "./busy-retry";
import { AppError, asAppError } from "./errors";

/** Two connections to one database file, as the server and an import in another process. */
let dir: string;
let server: Database.Database;
let importer: Database.Database;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "busy-"));
  const file = path.join(dir, "ledger.db");
  importer = new Database(file);
  importer.pragma("journal_mode = WAL");
  importer.exec("create table outcomes (id integer primary key, status text)");
  server = new Database(file);
  server.pragma("busy_timeout = 25"); // db/client.ts SERVER_BUSY_WAIT_MS
});
afterEach(() => {
  server.close();
  importer.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const changes = () => server.prepare("select total_changes()").pluck().get() as number;
const recordOutcome = () => server.transaction(() => server.prepare("insert into outcomes (status) values ('yes')").run())();

/** Counts timer ticks while `work` runs: a blocked thread cannot tick. */
async function ticksDuring<T>(work: () => Promise<T>): Promise<{ result: T; ticks: number }> {
  let ticks = 0;
  const timer = setInterval(() => ticks++, 10);
  try {
    return { result: await work(), ticks };
  } finally {
    clearInterval(timer);
  }
}

describe("whileBusy", () => {
  it("waits for another process's write lock without holding up the thread, then writes", async () => {
    importer.exec("begin immediate");
    setTimeout(() => importer.exec("commit"), 400);
    const started = Date.now();
    const { ticks } = await ticksDuring(() => whileBusy(recordOutcome, changes, 5000));
    expect(Date.now() - started).toBeGreaterThanOrEqual(350);
    expect(ticks).toBeGreaterThanOrEqual(15); // ~40 ticks of 10 ms in 400 ms; a blocking wait allows ~0
    expect(server.prepare("select count(*) from outcomes").pluck().get()).toBe(1);
  });

  it("gives up after its budget with the busy error, which the HTTP layer answers 503 with Retry-After", async () => {
    importer.exec("begin immediate");
    try {
      const err = await whileBusy(recordOutcome, changes, 300).catch((e: unknown) => e);
      const answer = asAppError(err);
      expect(answer).toBeInstanceOf(AppError);
      expect((answer as AppError).code).toBe("unavailable");
      expect((answer as AppError).details).toMatchObject({ retryAfter: 5, limit: "database write wait" });
    } finally {
      importer.exec("rollback");
    }
    expect(server.prepare("select count(*) from outcomes").pluck().get()).toBe(0);
  });

  it("does not repeat a request that had already committed a write before it met the lock", async () => {
    let attempts = 0;
    const writeThenMeetLock = () => {
      attempts++;
      server.prepare("insert into outcomes (status) values ('first')").run(); // committed
      importer.exec("begin immediate"); // another process takes the lock meanwhile
      return recordOutcome();
    };
    const err = await whileBusy(writeThenMeetLock, changes, 5000).catch((e: unknown) => e);
    importer.exec("rollback");
    expect(attempts).toBe(1);
    expect(asAppError(err)).toBeInstanceOf(AppError);
    expect(server.prepare("select count(*) from outcomes").pluck().get()).toBe(1);
  });
});
