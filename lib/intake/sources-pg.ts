/**
 * SourceResolver on PostgreSQL (sources.ts on SQLite): finds or creates the outlets, people,
 * topics and events a new article points at, inside the write transaction, with the same rules
 * (a new name equal to an existing one ignoring case is that record; slugs from slug.ts; what one
 * forecast creates the next one finds).
 */
import type { PgTx } from "@/db/pg/client";
import {
  findByNamesPg,
  findEventBySlugPg,
  findOutletBySlugPg,
  findOutletsByNamePg,
  findPeopleByNamePg,
  findPersonBySlugPg,
  findTopicBySlugPg,
  insertEventPg,
  insertOutletPg,
  insertPersonPg,
  insertTopicPg,
  slugsStartingWithPg,
  takenSlugsOfBasesPg,
} from "@/db/pg/queries/intake";
import type { Language } from "@/lib/vocabulary";
import type { EventRef, OutletRef, PersonRef, TopicRef } from "./intake-schema";
import { nameFromSlug, slugify, uniqueSlug } from "./slug";
import type { Created } from "./sources";

type SlugTable = "people" | "outlets" | "topics" | "events" | "articles";
type Named = { id: number; name: string; kind: string | null };
/** PostgreSQL's and SQLite's name matching: ASCII letters folded, nothing else (db/pg/queries/intake.ts asciiLower). */
const asciiLower = (s: string) => s.replace(/[A-Z]+/g, (c) => c.toLowerCase());

export class SourceResolverPg {
  readonly created: Created = { outlets: [], people: [], topics: [], events: [] };
  private people = new Map<string, number>();
  private outlets = new Map<string, number>();
  private topics = new Map<string, number>();
  private events = new Map<string, number>();
  /** Slugs handed out but not written yet (the import picks every article's slug before writing). */
  private reserved = new Set<string>();
  /** After preload: the stored people and outlets the file's names may match, by folded name. */
  private named: { people: Map<string, Named[]>; outlets: Map<string, Named[]> } | null = null;
  /** After preload: the taken slugs of every base read, per table. */
  private taken = new Map<SlugTable, { bases: Set<string>; slugs: Set<string> }>();

  constructor(private readonly tx: PgTx) {}

  /**
   * For a bulk write (sources.ts preload): reads at once the stored people and outlets these names
   * may match and the slugs their new records may take, instead of a few round trips per name.
   */
  async preload(p: { people: string[]; outlets: string[]; articleTitles: string[]; eventTitles?: string[] }) {
    this.named = { people: new Map(), outlets: new Map() };
    for (const [table, names] of [
      ["people", p.people],
      ["outlets", p.outlets],
    ] as const) {
      for (const r of await findByNamesPg(this.tx, table, names)) this.remember(table, r);
      await this.readSlugs(table, names);
    }
    await this.readSlugs("articles", p.articleTitles);
    await this.readSlugs("events", p.eventTitles ?? []);
  }

  private remember(table: "people" | "outlets", r: Named) {
    const map = this.named![table];
    const key = asciiLower(r.name);
    map.set(key, [...(map.get(key) ?? []), r]);
  }

  private async readSlugs(table: SlugTable, texts: string[]) {
    const known = this.taken.get(table) ?? { bases: new Set<string>(), slugs: new Set<string>() };
    this.taken.set(table, known);
    const bases = [...new Set(texts.map((t) => slugify(t)))].filter((b) => !known.bases.has(b));
    if (!bases.length) return;
    for (const s of await takenSlugsOfBasesPg(this.tx, table, bases)) known.slugs.add(s);
    for (const b of bases) known.bases.add(b);
  }

  private async findPeople(name: string): Promise<Named[]> {
    return this.named ? (this.named.people.get(asciiLower(name)) ?? []) : (await findPeopleByNamePg(this.tx, name)).map((p) => ({ ...p, name }));
  }

  private async findOutlets(name: string): Promise<Named[]> {
    return this.named ? (this.named.outlets.get(asciiLower(name)) ?? []) : (await findOutletsByNamePg(this.tx, name)).map((o) => ({ ...o, name, kind: null }));
  }

  private async freeSlug(table: SlugTable, text: string): Promise<string> {
    const base = slugify(text);
    const known = this.taken.get(table);
    const taken = known?.bases.has(base) ? known.slugs : await slugsStartingWithPg(this.tx, table, base);
    const slug = uniqueSlug(base, (s) => taken.has(s) || this.reserved.has(`${table}\u0000${s}`));
    this.reserved.add(`${table}\u0000${slug}`);
    return slug;
  }

  async person(ref: PersonRef): Promise<number | null> {
    if ("slug" in ref) return (await findPersonBySlugPg(this.tx, ref.slug))?.id ?? null;
    const key = `${ref.kind}\u0000${ref.name.toLowerCase()}`;
    const cached = this.people.get(key);
    if (cached) return cached;
    const existing = (await this.findPeople(ref.name)).find((p) => p.kind === ref.kind);
    const id = existing?.id ?? (await insertPersonPg(this.tx, { slug: await this.freeSlug("people", ref.name), name: ref.name, kind: ref.kind })).id;
    if (!existing) {
      this.created.people.push(ref.name);
      if (this.named) this.remember("people", { id, name: ref.name, kind: ref.kind });
    }
    this.people.set(key, id);
    return id;
  }

  /** An author known only by name (sources.ts personNamed): an existing person or institution of that name, else a new person. */
  async personNamed(name: string): Promise<number> {
    const key = `any\u0000${name.toLowerCase()}`;
    const cached = this.people.get(key);
    if (cached) return cached;
    const existing = (await this.findPeople(name))[0];
    const id = existing?.id ?? (await this.person({ name, kind: "person" }))!;
    this.people.set(key, id);
    return id;
  }

  async outlet(ref: OutletRef, language: Language | null = null): Promise<number | null> {
    if ("slug" in ref) return (await findOutletBySlugPg(this.tx, ref.slug))?.id ?? null;
    const key = ref.name.toLowerCase();
    const cached = this.outlets.get(key);
    if (cached) return cached;
    const existing = (await this.findOutlets(ref.name))[0];
    const id = existing?.id ?? (await insertOutletPg(this.tx, { slug: await this.freeSlug("outlets", ref.name), name: ref.name, site: ref.site, language })).id;
    if (!existing) {
      this.created.outlets.push(ref.name);
      if (this.named) this.remember("outlets", { id, name: ref.name, kind: null });
    }
    this.outlets.set(key, id);
    return id;
  }

  async topic(ref: TopicRef): Promise<number> {
    const cached = this.topics.get(ref.slug);
    if (cached) return cached;
    const existing = await findTopicBySlugPg(this.tx, ref.slug);
    const id = existing?.id ?? (await insertTopicPg(this.tx, { slug: ref.slug, name: ref.name ?? nameFromSlug(ref.slug) })).id;
    if (!existing) this.created.topics.push(ref.slug);
    this.topics.set(ref.slug, id);
    return id;
  }

  async event(ref: EventRef, description: string | null = null): Promise<number | null> {
    if ("slug" in ref) return (await findEventBySlugPg(this.tx, ref.slug))?.id ?? null;
    const key = ref.title.toLowerCase();
    const cached = this.events.get(key);
    if (cached) return cached;
    const id = (await insertEventPg(this.tx, { slug: await this.freeSlug("events", ref.title), title: ref.title, description })).id;
    this.created.events.push(ref.title);
    this.events.set(key, id);
    return id;
  }

  articleSlug(title: string): Promise<string> {
    return this.freeSlug("articles", title);
  }
}
