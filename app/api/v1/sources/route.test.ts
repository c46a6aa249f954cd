/** GET /api/v1/sources through its route handler, on the seed corpus (a fresh database) with a few names of other alphabets' letters added. */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DB } from "@/db/client";
import { loadSeeds } from "@/seeds/load";
import { freshDatabase } from "@/test/db";

const stub = vi.hoisted(() => ({ db: undefined as unknown }));
vi.mock("server-only", () => ({}));
vi.mock("@/db/client", async (original) => ({ ...(await original<typeof import("@/db/client")>()), getDb: () => stub.db }));

const { GET } = await import("./route");

let db: DB;
let cleanup: () => void;
beforeAll(() => {
  ({ db, cleanup } = freshDatabase());
  loadSeeds(db);
  db.run(
    sql`insert into outlets (slug, name) values ('sueddeutsche-zeitung', 'Süddeutsche Zeitung'), ('le-monde-diplomatique', 'Le Monde diplomatique'), ('dagens-naeringsliv', 'Dagens Næringsliv')`,
  );
  stub.db = db;
});
afterAll(() => cleanup());

async function get(query: string) {
  const res = await GET(new Request(`http://localhost:3000/api/v1/sources?${query}`), { params: Promise.resolve({}) });
  return { status: res.status, body: await res.json() };
}

describe("GET /api/v1/sources", () => {
  it("finds a forecaster by part of the name, with the kept count of forecasts", async () => {
    const { status, body } = await get("kind=forecaster&q=kory");
    expect(status).toBe(200);
    expect(body).toMatchObject({ kind: "forecaster", q: "kory", matched: 1 });
    expect(body.items).toHaveLength(1);
    expect(body.items[0]).toMatchObject({ slug: "andrew-korybko", name: "Andrew Korybko" });
    const made = (await (await import("@/lib/read/ledger")).listForecasts({ forecaster: "andrew-korybko", page: 1, pageSize: 1 })).total;
    expect(body.items[0].forecasts).toBe(made);
  });

  it("folds diacritics and letters as the search does", async () => {
    for (const q of ["sud", "SÜD", "sued", "zeitung sudd"])
      expect((await get(`kind=outlet&q=${encodeURIComponent(q)}`)).body.items[0]?.slug, q).toBe("sueddeutsche-zeitung");
    expect((await get("kind=outlet&q=naeringsliv")).body.items.map((i: { slug: string }) => i.slug)).toEqual(["dagens-naeringsliv"]);
    expect((await get("kind=author&q=sud")).body.items).toEqual([]);
  });

  it("answers at most `limit` matches (10 unless asked), each holding the text, with the number that match", async () => {
    const all = await get("kind=forecaster&q=e&limit=50");
    expect(all.body.matched).toBeGreaterThan(3);
    const two = await get("kind=forecaster&q=e&limit=2");
    expect(two.body.items).toHaveLength(2);
    expect(two.body.matched).toBe(all.body.matched);
    expect(two.body.items).toEqual(all.body.items.slice(0, 2));
    expect((await get("kind=forecaster&q=e")).body.items).toHaveLength(Math.min(10, all.body.matched));
    for (const item of all.body.items as { name: string }[]) expect(item.name.toLowerCase()).toContain("e");
  });

  it.each([
    ["q=kory", "kind"],
    ["kind=people&q=kory", "kind"],
    ["kind=forecaster", "q"],
    ["kind=forecaster&q=", "q"],
    ["kind=forecaster&q=--", "q"],
    [`kind=forecaster&q=${"a".repeat(101)}`, "q"],
    ["kind=forecaster&q=kory&limit=0", "limit"],
    ["kind=forecaster&q=kory&limit=51", "limit"],
    ["kind=forecaster&q=kory&limit=ten", "limit"],
    ["kind=forecaster&q=kory&sort=name", "sort"],
    ["kind=forecaster&q=kory&q=kor", "q"],
  ])("refuses %s with 400 naming %s", async (query, field) => {
    const { status, body } = await get(query);
    expect(status).toBe(400);
    expect(body.error.code).toBe("bad_request");
    expect(body.error.fields.map((f: { field: string }) => f.field)).toContain(field);
  });
});
