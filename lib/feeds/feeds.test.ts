/** The Atom feeds over the seed corpus, parsed as Atom. */
import { XMLParser } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DB } from "@/db/client";
import { exportForecasts } from "@/db/queries/forecasts";
import type { LedgerReader } from "@/lib/ledger/reader";
import { sqliteLedgerReader } from "@/lib/ledger/reader-sqlite";
import { loadSeeds } from "@/seeds/load";
import { freshDatabase } from "@/test/db";
import { FEED_LIMIT, overallFeed, sourceFeed } from "./feeds";

let db: DB;
let r: LedgerReader;
let cleanup: () => void;
beforeAll(() => {
  ({ db, cleanup } = freshDatabase());
  loadSeeds(db);
  r = sqliteLedgerReader(db);
});
afterAll(() => cleanup());

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => name === "entry" || name === "link" });

interface AtomEntry {
  id: string;
  title: string;
  updated: string;
  link: { "@href": string }[];
}
/** An Atom text construct: plain, or {#text, @type} when typed. */
const text = (t: unknown): string => (typeof t === "string" ? t : String((t as { "#text": string })["#text"]));

function parse(xml: string) {
  const doc = parser.parse(xml) as {
    feed: {
      "@xmlns": string;
      title: unknown;
      id: string;
      updated: string;
      entry?: (Omit<AtomEntry, "title"> & { title: unknown })[];
      link: { "@rel"?: string; "@href": string }[];
    };
  };
  expect(doc.feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
  const entry: AtomEntry[] = (doc.feed.entry ?? []).map((e) => ({ ...e, title: text(e.title) }));
  for (const e of entry) expect(new Date(e.updated).getTime()).not.toBeNaN();
  return { ...doc.feed, title: text(doc.feed.title), entry };
}

describe("overall feeds", () => {
  it("lists new forecasts, each linking to its page", async () => {
    const feed = parse(await overallFeed(r, "forecasts"));
    const all = exportForecasts(db);
    expect(feed.entry).toHaveLength(Math.min(FEED_LIMIT, all.length));
    expect(feed.link.some((l) => l["@rel"] === "self" && l["@href"].endsWith("/feeds/forecasts.atom"))).toBe(true);
    const first = feed.entry[0]!;
    const id = Number(first.link[0]!["@href"].split("/forecasts/")[1]);
    expect(all.find((f) => f.id === id)?.question).toBe(first.title);
  });

  it("lists resolved forecasts with their outcome, and unresolved ones coming due", async () => {
    const resolved = parse(await overallFeed(r, "resolved"));
    const withOutcome = exportForecasts(db).filter((f) => f.outcome);
    expect(resolved.entry).toHaveLength(withOutcome.length);
    expect(resolved.entry.every((e) => /^(happened|did not happen|ambiguous|annulled|condition not met): /.test(e.title))).toBe(true);
    const due = parse(await overallFeed(r, "due", "2026-01-01"));
    const expected = exportForecasts(db).filter((f) => !f.outcome && f.deadline && f.deadline <= "2026-01-31");
    expect(due.entry).toHaveLength(Math.min(FEED_LIMIT, expected.length));
    for (const e of due.entry) expect(e.title).toMatch(/^Due \d{4}-\d{2}-\d{2}: /);
  });
});

describe("source feeds", () => {
  it("holds a person's own forecasts and answers null for an unknown slug", async () => {
    const feed = parse((await sourceFeed(r, "people", "andrew-korybko"))!);
    expect(feed.title).toContain("Korybko");
    expect(feed.entry).toHaveLength(exportForecasts(db, { forecaster: "andrew-korybko" }).length);
    expect(await sourceFeed(r, "people", "no-such-person")).toBeNull();
    expect(await sourceFeed(r, "outlets", "no-such-outlet")).toBeNull();
    expect(await sourceFeed(r, "topics", "no-such-topic")).toBeNull();
  });

  it("serves outlets and topics", async () => {
    const outlet = exportForecasts(db).find((f) => f.article.outletSlug)!.article.outletSlug!;
    expect(parse((await sourceFeed(r, "outlets", outlet))!).entry).toHaveLength(Math.min(FEED_LIMIT, exportForecasts(db, { outlet }).length));
    const topic = exportForecasts(db).find((f) => f.topics.length)!.topics[0]!;
    expect(parse((await sourceFeed(r, "topics", topic))!).entry).toHaveLength(Math.min(FEED_LIMIT, exportForecasts(db, { topic }).length));
  });
});
