/**
 * The same export on both engines: for one ledger copied into PostgreSQL, `npm run export`'s JSON
 * and CSV are equal byte for byte; for the seed corpus loaded separately on each engine (as
 * db:setup does), they are equal once the instants of loading are set aside.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { exportForecastsPg } from "@/db/pg/queries/forecasts";
import { exportForecasts } from "@/db/queries/forecasts";
import { formatExport } from "@/lib/export/format";
import { buildSeedLedger } from "@/scripts/db-setup-postgres";
import { loadSeeds } from "@/seeds/load";
import { freshDatabase } from "@/test/db";
import { pgCopyOf } from "./copied-ledger";
import { richLedger } from "./ledger-fixture";
import { hasPg } from "./pg-test-db";

vi.mock("server-only", () => ({}));

const run = promisify(execFile);

describe.skipIf(!hasPg)("the export on SQLite and on PostgreSQL", () => {
  const cleanups: (() => unknown)[] = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  describe("for one ledger copied across", () => {
    let ledger: Awaited<ReturnType<typeof richLedger>>;
    let pg: Awaited<ReturnType<typeof pgCopyOf>>;
    beforeAll(async () => {
      ledger = await richLedger();
      cleanups.push(() => ledger.cleanup());
      pg = await pgCopyOf(ledger.db.$client);
      cleanups.push(() => pg.drop());
    }, 60_000);

    it("gives the same JSON, byte for byte, timestamps included", async () => {
      const sqliteJson = formatExport(exportForecasts(ledger.db), "json");
      const pgJson = formatExport(await exportForecastsPg(pg.db), "json");
      expect(pgJson.length).toBeGreaterThan(10_000);
      expect(pgJson).toBe(sqliteJson);
    });

    it("gives the same CSV, byte for byte", async () => {
      expect(formatExport(await exportForecastsPg(pg.db), "csv")).toBe(formatExport(exportForecasts(ledger.db), "csv"));
    });

    it("npm run export writes the same bytes from PostgreSQL as from the SQLite file, filters and search included", async () => {
      const cli = async (url: string, ...args: string[]) =>
        (
          await run("npx", ["tsx", "--conditions=react-server", "scripts/export.ts", ...args], {
            env: { ...process.env, DATABASE_URL: url },
            maxBuffer: 64 << 20,
          })
        ).stdout;
      const pgUrl = pg.db.$client.options.connectionString!;
      const sqliteFile = ledger.db.$client.name;
      const json = await cli(pgUrl);
      expect(json.length).toBeGreaterThan(10_000);
      expect(json).toBe(await cli(sqliteFile));
      const args = ["--format", "csv", "--q", "Bündnis", "--sort", "made", "--language", "de"];
      const csv = await cli(pgUrl, ...args);
      expect(csv.split("\n").length).toBeGreaterThan(2);
      expect(csv).toBe(await cli(sqliteFile, ...args));
    }, 120_000);

    it("gives the same DTOs (navigation fields too), with outcomes, retractions, authors and topics", async () => {
      const fromPg = await exportForecastsPg(pg.db);
      expect(fromPg).toEqual(exportForecasts(ledger.db));
      expect(fromPg.some((f) => f.article.authors.length > 0)).toBe(true);
      expect(fromPg.some((f) => f.topics.length > 1)).toBe(true);
      expect(fromPg.find((f) => f.id === 11)?.outcome?.status).toBe("yes");
      expect(fromPg.find((f) => f.id === 1)?.outcome).toBeNull();
    });
  });

  it("for the seed corpus loaded on each engine (db:setup), the exports differ only in the recorded-at instants", async () => {
    const onSqlite = freshDatabase();
    cleanups.push(() => onSqlite.cleanup());
    loadSeeds(onSqlite.db);
    const seed = await buildSeedLedger(async () => ({}));
    cleanups.push(() => seed.sqlite.close());
    const pg = await pgCopyOf(seed.sqlite);
    cleanups.push(() => pg.drop());
    const mask = (s: string) => s.replace(/"recordedAt": "[^"]+"/g, '"recordedAt": "*"');
    const a = formatExport(exportForecasts(onSqlite.db), "json");
    const b = formatExport(await exportForecastsPg(pg.db), "json");
    expect(mask(b)).toBe(mask(a));
    expect(a.match(/"recordedAt"/g)?.length).toBeGreaterThan(10);
  });
});
