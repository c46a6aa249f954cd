/**
 * AppReader (lib/ledger/app-reader.ts), the reads the app needs beyond LedgerReader: both engines
 * give the same answers for one ledger copied into both (cache tags, accounts, the audit log, the
 * intake choices, reminders). A method without a case here fails.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DB } from "@/db/client";
import type { PgDB } from "@/db/pg/client";
import { type AppReader, postgresAppReader, sqliteAppReader } from "@/lib/ledger/app-reader";
import type { LedgerReader } from "@/lib/ledger/reader";
import { sqliteLedgerReader } from "@/lib/ledger/reader-sqlite";
import { copiedLedger, expectSameRows } from "./copied-ledger";
import { hasPg } from "./pg-test-db";

vi.mock("server-only", () => ({}));

let sqlite: DB;
let pg: PgDB;
let onSqlite: AppReader;
let onPg: AppReader;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  if (!hasPg) return;
  const ledger = await copiedLedger();
  ({ sqlite, pg, cleanup } = ledger);
  // A subscription and two follows, the same on both engines, for the reminders page's reads.
  const user = sqlite.get<{ id: string }>(sql`select id from "user" order by id limit 1`)!.id;
  for (const run of [(q: ReturnType<typeof sql>) => sqlite.run(q), (q: ReturnType<typeof sql>) => pg.execute(q)]) {
    await run(
      sql`insert into reminder_subscriptions (user_id, email, all_due, due_sent_through, outcomes_sent_through) values (${user}, 'r@test.invalid', true, '2026-01-01', 0)`,
    );
    await run(sql`insert into follows (user_id, person_id) values (${user}, 2)`);
    await run(sql`insert into follows (user_id, outlet_id) values (${user}, 1)`);
  }
  onSqlite = sqliteAppReader(sqlite);
  onPg = postgresAppReader(pg);
}, 60_000);
afterAll(async () => {
  await cleanup?.();
});

type Extra = Exclude<keyof AppReader, keyof LedgerReader>;

describe.skipIf(!hasPg)("AppReader on SQLite and on PostgreSQL", () => {
  it("answers every method beyond LedgerReader alike", async () => {
    const user = sqlite.get<{ id: string }>(sql`select id from "user" order by id limit 1`)!.id;
    const calls: [Extra, unknown[]][] = [
      ["pageOfForecasts", [{ forecaster: "andrew-korybko" }, 2, 3]],
      ["pageOfForecasts", [{ author: "rainer-rupp", notForecaster: "rainer-rupp" }, 1, 50]],
      ["listTopicNames", []],
      ["currentCacheSeq", []],
      ["latestTagSeq", [["ledger", "person:andrew-korybko", "no-such-tag"]]],
      ["latestTagSeq", [[]]],
      ["listUsers", []],
      ["listAuditEntries", [{ page: 1, pageSize: 500 }]],
      ["listAuditEntries", [{ page: 2, pageSize: 3, action: "outcome." }]],
      ["listAuditActions", []],
      ["listIntakeChoices", []],
      ["getSubscription", [user]],
      ["getSubscription", ["no-such-user"]],
      ["listFollows", [user]],
    ];
    const covered = new Set(calls.map(([m]) => m));
    const ledgerKeys = new Set(Object.keys(sqliteLedgerReader(sqlite)));
    const extras = Object.keys(onSqlite).filter((k) => !ledgerKeys.has(k));
    expect(
      extras.filter((k) => !covered.has(k as Extra)),
      "methods without a parity case",
    ).toEqual([]);
    for (const [method, args] of calls) {
      const s = await (onSqlite[method] as (...a: unknown[]) => Promise<unknown>)(...args);
      const p = await (onPg[method] as (...a: unknown[]) => Promise<unknown>)(...args);
      const what = `${method}(${JSON.stringify(args).slice(0, 60)})`;
      if (method === "listAuditEntries" || method === "pageOfForecasts") {
        const { items: si, ...sRest } = s as { items: object[] };
        const { items: pi, ...pRest } = p as { items: object[] };
        expect(pRest, what).toEqual(sRest);
        expect(si.length, what).toBeGreaterThan(0);
        expectSameRows(pi, si, what);
      } else if (method === "listIntakeChoices") {
        for (const k of ["people", "outlets", "topics", "events"] as const)
          expectSameRows((p as Record<string, object[]>)[k]!, (s as Record<string, object[]>)[k]!, `${what}.${k}`);
      } else if (Array.isArray(s)) {
        if (method !== "listAuditActions") expect(s.length, `${what} is not empty`).toBeGreaterThan(0);
        if (typeof s[0] === "object") expectSameRows(p as object[], s as object[], what);
        else expect(p, what).toEqual(s);
      } else if (s && typeof s === "object")
        expect({ ...(p as object), id: 0, createdAt: 0 }, what).toEqual({ ...s, id: 0, createdAt: 0 }); // inserted on each engine apart
      else expect(p, what).toEqual(s);
    }
  });
});
