/**
 * The start-up check on SQLite and on DATABASE_URLs that name no usable database (the PostgreSQL
 * cases against a real server are in test/pg/schema.test.ts).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { freshDatabase } from "@/test/db";
import { openDatabase } from "./client";
import { SQLITE_MIGRATIONS } from "./schema-version";
import { checkBeforeServing, checkDatabase } from "./startup-check";

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

function migrated() {
  const fresh = freshDatabase();
  cleanups.push(fresh.cleanup);
  return fresh;
}

describe("the start-up check on SQLite", () => {
  it("lets a migrated ledger through", async () => {
    const { file } = migrated();
    expect(await checkBeforeServing(`file:${file}`)).toBeNull();
  });

  it("a missing file: says to run db:setup, and creates nothing", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hindsight-check-"));
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, "nope", "ledger.db");
    const message = await checkBeforeServing(`file:${file}`);
    expect(message).toContain(`there is no database at ${file}`);
    expect(message).toContain('What to do: run "npm run db:setup"');
    expect(fs.existsSync(path.dirname(file))).toBe(false);
  });

  it("an older schema: names the migrations missing and says db:setup applies them", async () => {
    const { db, file } = migrated();
    const last = SQLITE_MIGRATIONS.entries.at(-1)!;
    db.$client.prepare("delete from __drizzle_migrations where created_at = ?").run(last.when);
    const message = await checkBeforeServing(file);
    expect(message).toContain(`older than this version (1 migration not applied: ${last.tag})`);
    expect(message).toContain("npm run db:setup");
  });

  it("a newer schema: refused, pointing at the newer version", async () => {
    const { db, file } = migrated();
    db.$client.prepare("insert into __drizzle_migrations (hash, created_at) values ('future', ?)").run(SQLITE_MIGRATIONS.entries.at(-1)!.when + 1);
    const check = await checkDatabase(file);
    expect(check.problems).toEqual([expect.objectContaining({ kind: "schema-newer", problem: expect.stringContaining("newer version of Hindsight") })]);
  });

  it("a file that is not a database, and an empty database, are reported", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hindsight-check-"));
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    fs.writeFileSync(path.join(dir, "notes.db"), "these are not the tables you are looking for".repeat(100));
    expect(await checkBeforeServing(path.join(dir, "notes.db"))).toMatch(/cannot be read as a SQLite database/);
    openDatabase(path.join(dir, "empty.db")).$client.close();
    expect(await checkBeforeServing(path.join(dir, "empty.db"))).toMatch(/holds no Hindsight schema[\s\S]*npm run db:setup/);
  });

  it("an unknown scheme is reported as such", async () => {
    expect(await checkBeforeServing("mysql://localhost/hindsight")).toMatch(/scheme "mysql:"[\s\S]*What to do: Use a SQLite file/);
  });

  it("a postgres:// URL that does not connect stops the server, saying why, with the password hidden", async () => {
    const message = await checkBeforeServing("postgres://nobody:secret@127.0.0.1:1/hindsight");
    expect(message).toContain("Hindsight cannot start");
    expect(message).toContain("nothing accepts connections at 127.0.0.1:1");
    expect(message).not.toContain("secret");
  });
});

describe("instrumentation.ts", () => {
  it("stops the server before it serves anything when the check fails, and lets it start otherwise", async () => {
    // env() is read once per module graph: a fresh graph per start, as a fresh server process has.
    const start = async () => {
      vi.resetModules();
      return (await import("@/instrumentation")).register();
    };
    const exit = vi.spyOn(process, "exit").mockImplementation(((code: number) => {
      throw new Error(`exit ${code}`);
    }) as never);
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    vi.stubEnv("NEXT_RUNTIME", "nodejs");
    try {
      vi.stubEnv("DATABASE_URL", "mysql://localhost/x");
      await expect(start()).rejects.toThrow("exit 1");
      expect(error.mock.calls.flat().join("\n")).toContain('scheme "mysql:"');
      const { file } = migrated();
      vi.stubEnv("DATABASE_URL", `file:${file}`);
      await expect(start()).resolves.toBeUndefined();
    } finally {
      vi.unstubAllEnvs();
      exit.mockRestore();
      error.mockRestore();
    }
  });
});
