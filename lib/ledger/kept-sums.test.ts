/**
 * The kept accuracy sums after random sequences of writes equal a rebuild from the ledger, and
 * the figures they give equal the scans' (docs/scoring.md 6.1). Writes go through the db-level
 * write functions the lib write paths use, followed by forecastsChanged as every path does;
 * the dates move forward across month boundaries so the 'past' roll is exercised too.
 */
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type DB, openDatabase } from "@/db/client";
import { insertForecast } from "@/db/queries/intake";
import { dumpKeptSums, getPastBefore, rebuildKeptSums } from "@/db/queries/kept-sums";
import { appendOutcome } from "@/db/queries/outcomes";
import { appendForecastRevision } from "@/db/queries/revisions";
import { getFigureSums } from "@/lib/accuracy/figures";
import { accuracyFiltersSchema } from "@/lib/accuracy/filters";
import { type AppReader, sqliteAppReader } from "@/lib/ledger/app-reader";
import { DEFAULT_BIN_COUNT } from "@/lib/scoring";
import { rebuildSearchIndex } from "@/lib/search/indexer";
import type { OutcomeStatus } from "@/lib/vocabulary";
import { loadSeeds } from "@/seeds/load";
import { SEED_EDITOR } from "@/seeds/seed-editor";
import { freshDatabase } from "@/test/db";
import { applyLedgerRebuild, computeLedgerRebuild, forecastsChanged } from "./forecasts-changed";

let db: DB;
let file: string;
let r: AppReader;
let cleanup: () => void;
beforeEach(() => {
  ({ db, file, cleanup } = freshDatabase());
  loadSeeds(db);
  r = sqliteAppReader(db);
});
afterEach(() => cleanup());

const STATUSES: OutcomeStatus[] = ["yes", "no", "ambiguous", "annulled", "condition_not_met"];
const CLASSES = [
  { lexiconClass: "WILL", probability: 0.97, probabilityLow: 0.91, probabilityHigh: 0.99, lowInformation: false },
  { lexiconClass: "POSSIBLE", probability: 0.4, probabilityLow: 0.25, probabilityHigh: 0.5, lowInformation: true },
  { lexiconClass: "LIKELY", probability: 0.7, probabilityLow: 0.6, probabilityHigh: 0.8, lowInformation: false },
  { lexiconClass: null, probability: 0.15, probabilityLow: 0.15, probabilityHigh: 0.15, lowInformation: false },
];
const DEADLINES = [null, "2016-03-01", "2026-11-20", "2026-12-05", "2027-01-15", "2030-06-30"];

const command = fc.oneof(
  fc.record({
    kind: fc.constant("outcome" as const),
    pick: fc.nat(),
    status: fc.constantFrom(...STATUSES),
    occurred: fc.constantFrom("2016-01-01", "2026-10-10"),
  }),
  fc.record({ kind: fc.constant("retract" as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant("correct" as const), pick: fc.nat(), cls: fc.nat(CLASSES.length - 1), deadline: fc.nat(DEADLINES.length - 1) }),
  fc.record({
    kind: fc.constant("create" as const),
    pick: fc.nat(),
    cls: fc.nat(CLASSES.length - 1),
    deadline: fc.nat(DEADLINES.length - 1),
    reported: fc.boolean(),
  }),
);
const day = fc.constantFrom("2026-11-21", "2026-12-02", "2027-01-03", "2027-02-20");

function forecastIds(): { id: number; eventId: number | null; currentOutcomeId: number | null; outcomeStatus: string | null; version: number }[] {
  return db.$client
    .prepare("select id, event_id as eventId, current_outcome_id as currentOutcomeId, outcome_status as outcomeStatus, version from forecasts order by id")
    .all() as never;
}

type Command = Record<string, unknown> & { kind: string; pick: number };

function apply(cmd: Command, now: string) {
  const all = forecastIds();
  const f = all[cmd.pick % all.length]!;
  db.transaction((tx) => {
    let changed = f.id;
    if (cmd.kind === "outcome") {
      appendOutcome(tx, {
        forecastId: f.id,
        status: cmd.status as OutcomeStatus,
        occurredOn: cmd.occurred as string,
        evidence: [{ citation: "test" }],
        note: null,
        reason: f.currentOutcomeId ? "test" : null,
        recordedBy: SEED_EDITOR.id,
      });
    } else if (cmd.kind === "retract") {
      if (!f.currentOutcomeId) return;
      appendOutcome(tx, {
        forecastId: f.id,
        status: f.outcomeStatus as OutcomeStatus,
        occurredOn: null,
        evidence: [],
        note: null,
        reason: "test",
        recordedBy: SEED_EDITOR.id,
        retraction: true,
      });
    } else if (cmd.kind === "correct") {
      const c = CLASSES[cmd.cls as number]!;
      const current = db.$client.prepare("select * from forecasts where id = ?").get(f.id) as Record<string, unknown>;
      const deadline = DEADLINES[cmd.deadline as number]!;
      appendForecastRevision(tx, {
        forecastId: f.id,
        changes: {
          probability: { from: current.probability as number, to: c.probability },
          probabilityLow: { from: current.probability_low as number, to: c.probabilityLow },
          probabilityHigh: { from: current.probability_high as number, to: c.probabilityHigh },
          lexiconClass: { from: current.lexicon_class as string, to: c.lexiconClass },
          lowInformation: { from: Boolean(current.low_information), to: c.lowInformation },
          deadline: { from: current.deadline as string, to: deadline },
          deadlineBasis: { from: current.deadline_basis as never, to: deadline ? "stated" : "none" },
        },
        reason: "test",
        editedBy: SEED_EDITOR.id,
      });
    } else {
      const c = CLASSES[cmd.cls as number]!;
      const base = db.$client.prepare("select * from forecasts where id = ?").get(f.id) as Record<string, unknown>;
      const deadline = DEADLINES[cmd.deadline as number]!;
      const row = insertForecast(
        tx,
        {
          key: `prop-${Math.random()}`,
          articleId: base.article_id as number,
          forecasterId: base.forecaster_id as number,
          attribution: cmd.reported ? "reported" : "own",
          quote: base.quote as string,
          language: base.language as never,
          question: base.question as string,
          polarity: "positive",
          resolutionCriteria: "test",
          madeOn: "2015-06-01",
          madeOnBasis: "published",
          madeOnNote: null,
          deadline,
          deadlineBasis: deadline ? "stated" : "none",
          deadlineNote: deadline ? null : "none",
          probability: c.probability,
          probabilityLow: c.probabilityLow,
          probabilityHigh: c.probabilityHigh,
          probabilitySource: c.lexiconClass ? "lexicon" : "stated",
          verbalExpression: null,
          lexiconClass: c.lexiconClass,
          lexiconVersion: c.lexiconClass ? "v0" : null,
          lowInformation: c.lowInformation,
          condition: null,
          eventId: base.event_id as number | null,
        },
        [],
      );
      changed = row.id;
    }
    forecastsChanged(tx, [changed], now);
  });
}

/** Floats rounded so that sums kept by adding and subtracting compare with sums built at once. */
function rounded(dump: Record<string, Record<string, unknown>[]>) {
  return JSON.parse(JSON.stringify(dump, (_k, v) => (typeof v === "number" && !Number.isInteger(v) ? Math.round(v * 1e9) / 1e9 : v)));
}

describe("kept accuracy sums", () => {
  it("computed while another connection writes the search index, then stored, equal a rebuild (the bench generator's two steps)", () => {
    const pastBefore = getPastBefore(db)!;
    db.transaction((tx) => rebuildKeptSums(tx, pastBefore, DEFAULT_BIN_COUNT));
    const expected = rounded(dumpKeptSums(db));
    // Emptied, so the second step has everything to store.
    for (const t of ["kept_totals", "kept_pending", "kept_scored", "kept_board", "kept_months", "kept_contributions"]) db.$client.exec(`delete from ${t}`);
    const other = openDatabase(file);
    try {
      const computing = db.$client.prepare("select count(*) as n from forecasts").pluck();
      db.$client.exec("begin");
      const n = computing.get() as number;
      const boundary = computeLedgerRebuild(db, pastBefore);
      // The first step holds only a read transaction: another connection still writes, and finishes.
      expect(rebuildSearchIndex(other, 5)).toBe(n);
      db.$client.exec("commit");
      db.transaction((tx) => applyLedgerRebuild(tx, boundary));
    } finally {
      other.$client.close();
    }
    expect(rounded(dumpKeptSums(db))).toEqual(expected);
  });

  it("equal a rebuild from the ledger after random sequences of writes, and give the scans' figures", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(command, day), { minLength: 1, maxLength: 25 }), async (steps) => {
        // Each property run starts from the seeded ledger: undo the previous run by rebuilding a fresh file.
        cleanup();
        ({ db, cleanup } = freshDatabase());
        loadSeeds(db);
        r = sqliteAppReader(db);
        const ordered = [...steps].sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
        for (const [cmd, now] of ordered) apply(cmd as Command, now);
        const last = ordered.at(-1)![1];
        const kept = rounded(dumpKeptSums(db));
        const pastBefore = getPastBefore(db)!;
        db.transaction((tx) => rebuildKeptSums(tx, pastBefore, DEFAULT_BIN_COUNT));
        expect(kept).toEqual(rounded(dumpKeptSums(db)));
        // The figures from the kept tables equal the scans' (the scans are chosen by a filter the kept sums do not cover).
        for (const scope of [{ kind: "all" } as const, { kind: "forecaster" as const, personId: 1 }, { kind: "outlet" as const, outletId: 1 }]) {
          for (const raw of [{}, { lowInfo: "0", bins: "lexicon" }]) {
            const filters = accuracyFiltersSchema.parse(raw);
            const keptSums = await getFigureSums(r, scope, filters, last);
            const scanned = await getFigureSums(r, scope, { ...filters, from: "1900-01-01" }, last);
            const { scored: _kept, ...keptCounts } = keptSums.counts as typeof keptSums.counts & { scored?: number };
            expect(keptCounts).toEqual(scanned.counts);
            const byBin = (rows: typeof keptSums.bins) => rounded(Object.fromEntries(rows.map((r) => [String(r.bin), r])) as never);
            expect(byBin(keptSums.bins)).toEqual(byBin(scanned.bins));
          }
        }
        // The leaderboard's per-source sums (settled sums on kept_totals plus the dated parts before today) equal the scans'.
        for (const by of ["forecaster", "outlet"] as const) {
          for (const lowInfo of ["1", "0"] as const) {
            const byKey = (rows: { key: string }[]) => rounded({ rows: [...rows].sort((a, b) => (a.key < b.key ? -1 : 1)) } as never);
            const filters = accuracyFiltersSchema.parse({ lowInfo });
            expect(byKey(await r.getKeptBoardSums(by, lowInfo, last))).toEqual(byKey(await r.getLeaderboardSums(by, filters, last)));
          }
        }
      }),
      { numRuns: 20 },
    );
  }, 120_000);
});
