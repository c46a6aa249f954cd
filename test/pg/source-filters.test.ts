/**
 * The forecast list's source filters on both engines (lib/forecasts/source-filters.ts over each
 * engine's listSourceNames): the same matches and the same resolution of typed names, for one
 * ledger copied into both, with names that need folding added to both alike.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { matchSourcesCached, resolveSourceFilters } from "@/lib/forecasts/source-filters";
import { type AppReader, postgresAppReader, sqliteAppReader } from "@/lib/ledger/app-reader";
import { copiedLedger } from "./copied-ledger";
import { hasPg } from "./pg-test-db";

vi.mock("server-only", () => ({}));

let onSqlite: AppReader;
let onPg: AppReader;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  if (!hasPg) return;
  const ledger = await copiedLedger({
    before: (db) =>
      db.run(
        sql`insert into outlets (slug, name) values ('sueddeutsche-zeitung', 'Süddeutsche Zeitung'), ('taz', 'die tageszeitung'), ('taz-2', 'die tageszeitung')`,
      ),
  });
  cleanup = ledger.cleanup;
  onSqlite = sqliteAppReader(ledger.sqlite);
  onPg = postgresAppReader(ledger.pg);
}, 60_000);
afterAll(async () => {
  await cleanup?.();
});

describe.skipIf(!hasPg)("source filters on SQLite and on PostgreSQL", { timeout: 30_000 }, () => {
  it("match the same sources in the same order", async () => {
    for (const [kind, q] of [
      ["forecaster", "e"],
      ["forecaster", "kory"],
      ["author", "r"],
      ["outlet", "sud"],
      ["outlet", "zeitung"],
    ] as const) {
      const s = await matchSourcesCached(onSqlite, kind, q, 50);
      expect(await matchSourcesCached(onPg, kind, q, 50), `${kind} ${q}`).toEqual(s);
      expect(s.matched, `${kind} ${q}`).toBeGreaterThan(0);
    }
  });

  it("resolve typed names alike: a slug, a unique name, nothing, several", async () => {
    const raw = { forecaster: "Andrew Korybko", outlet: "SÜDDEUTSCHE", status: "open" };
    const s = await resolveSourceFilters(onSqlite, raw);
    expect(s.params).toEqual({ forecaster: "andrew-korybko", outlet: "sueddeutsche-zeitung", status: "open" });
    expect(s.chosen.forecaster).toMatchObject({ text: "Andrew Korybko", source: { slug: "andrew-korybko" } });
    expect(await resolveSourceFilters(onPg, raw)).toEqual(s);

    const problems = { forecaster: "nobody at all", outlet: "tageszeitung", author: "rainer-rupp" };
    const p = await resolveSourceFilters(onSqlite, problems);
    expect(p.params).toEqual({ author: "rainer-rupp" });
    expect(p.problems.map((x) => [x.kind, x.status])).toEqual([
      ["forecaster", "none"],
      ["outlet", "several"],
    ]);
    expect(await resolveSourceFilters(onPg, problems)).toEqual(p);

    // Two outlets of one name: the field shows the slug, so submitting it again names the same one.
    const taz = await resolveSourceFilters(onSqlite, { outlet: "taz-2" });
    expect(taz.chosen.outlet).toMatchObject({ text: "taz-2", source: { name: "die tageszeitung" } });
    expect(await resolveSourceFilters(onPg, { outlet: "taz-2" })).toEqual(taz);
  });
});
