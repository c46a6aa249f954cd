/**
 * Finding or creating the records a new article points at (outlets, people, topics, events),
 * shared by the intake form and the bulk import. Call inside the write transaction: what one
 * forecast creates, the next one in the same submission finds (the resolver caches by name).
 *
 * A new name that equals an existing record's name (ignoring case) is that record, so adding
 * "Dmitry Peskov" again does not make a second Peskov.
 */
import {
  findByNames,
  findEventBySlug,
  findOutletBySlug,
  findOutletsByName,
  findPeopleByName,
  findPersonBySlug,
  findTopicBySlug,
  insertEvent,
  insertOutlet,
  insertPerson,
  insertTopic,
  slugsStartingWithAny,
} from "@/db/queries/intake";
import type { Tx } from "@/db/tx";
import type { Language } from "@/lib/vocabulary";
import type { EventRef, OutletRef, PersonRef, TopicRef } from "./intake-schema";
import { nameFromSlug, slugify, uniqueSlug } from "./slug";

export interface Created {
  outlets: string[];
  people: string[];
  topics: string[];
  events: string[];
}

type SlugTable = "people" | "outlets" | "topics" | "events" | "articles";

/** How new records are inserted: the intake's writers by default; the bulk import passes prepared statements. */
export interface SourceInserts {
  person: typeof insertPerson;
  outlet: typeof insertOutlet;
  event: typeof insertEvent;
}
const DEFAULT_INSERTS: SourceInserts = { person: insertPerson, outlet: insertOutlet, event: insertEvent };
type Named = { id: number; name: string; kind: string | null };

/** SQLite's lower() without ICU: ASCII letters only (the name matching of findPeopleByName). */
const sqlLower = (s: string) => s.replace(/[A-Z]+/g, (c) => c.toLowerCase());

export class SourceResolver {
  readonly created: Created = { outlets: [], people: [], topics: [], events: [] };
  private people = new Map<string, number>();
  private outlets = new Map<string, number>();
  private topics = new Map<string, number>();
  private events = new Map<string, number>();
  /** Slugs known taken, per table, and the bases whose taken slugs were all read. */
  private taken = new Map<SlugTable, Set<string>>();
  private readBases = new Map<SlugTable, Set<string>>();
  /** After preload: stored (and newly created) people and outlets by lower-cased name. */
  private named: { people: Map<string, Named[]>; outlets: Map<string, Named[]> } | null = null;

  constructor(
    private readonly tx: Tx,
    private readonly inserts: SourceInserts = DEFAULT_INSERTS,
  ) {}

  /**
   * For a bulk write: reads at once the stored people and outlets these names may match and the
   * slugs their new records may take, instead of one query per name (the results are the same).
   */
  preload(p: { people: string[]; outlets: string[]; articleTitles: string[]; eventTitles?: string[] }) {
    this.named = { people: new Map(), outlets: new Map() };
    for (const [table, names] of [
      ["people", p.people],
      ["outlets", p.outlets],
    ] as const) {
      for (const r of findByNames(this.tx, table, names)) this.remember(table, r);
      this.readSlugs(table, names);
    }
    this.readSlugs("articles", p.articleTitles);
    this.readSlugs("events", p.eventTitles ?? []);
  }

  private remember(table: "people" | "outlets", r: Named) {
    const map = this.named![table];
    const key = sqlLower(r.name);
    map.set(key, [...(map.get(key) ?? []), r]);
  }

  private readSlugs(table: SlugTable, texts: string[]) {
    const read = this.readBases.get(table) ?? new Set<string>();
    const bases = [...new Set(texts.map((t) => slugify(t)))].filter((b) => !read.has(b));
    if (!bases.length) return;
    const taken = this.taken.get(table) ?? new Set<string>();
    for (const s of slugsStartingWithAny(this.tx, table, bases)) taken.add(s);
    for (const b of bases) read.add(b);
    this.taken.set(table, taken);
    this.readBases.set(table, read);
  }

  private freeSlug(table: SlugTable, text: string): string {
    this.readSlugs(table, [text]);
    const taken = this.taken.get(table)!;
    const slug = uniqueSlug(slugify(text), (s) => taken.has(s));
    taken.add(slug);
    return slug;
  }

  private findPeople(name: string): Named[] {
    return this.named ? (this.named.people.get(sqlLower(name)) ?? []) : findPeopleByName(this.tx, name);
  }

  private findOutlets(name: string): Named[] {
    return this.named ? (this.named.outlets.get(sqlLower(name)) ?? []) : findOutletsByName(this.tx, name).map((o) => ({ ...o, kind: null }));
  }

  /** The person's id; null only for an unknown slug (checked before writing). */
  person(ref: PersonRef): number | null {
    if ("slug" in ref) return findPersonBySlug(this.tx, ref.slug)?.id ?? null;
    const key = `${ref.kind}\u0000${ref.name.toLowerCase()}`;
    const cached = this.people.get(key);
    if (cached) return cached;
    const existing = this.findPeople(ref.name).find((p) => p.kind === ref.kind);
    const id = existing?.id ?? this.inserts.person(this.tx, { slug: this.freeSlug("people", ref.name), name: ref.name, kind: ref.kind }).id;
    if (!existing) {
      this.created.people.push(ref.name);
      if (this.named) this.remember("people", { id, name: ref.name, kind: ref.kind });
    }
    this.people.set(key, id);
    return id;
  }

  /**
   * An author known only by name (the export lists names): an existing person or institution of
   * that name, else a new person.
   */
  personNamed(name: string): number {
    const key = `any\u0000${name.toLowerCase()}`;
    const cached = this.people.get(key);
    if (cached) return cached;
    const existing = this.findPeople(name)[0];
    const id = existing?.id ?? this.person({ name, kind: "person" })!;
    this.people.set(key, id);
    return id;
  }

  outlet(ref: OutletRef, language: Language | null = null): number | null {
    if ("slug" in ref) return findOutletBySlug(this.tx, ref.slug)?.id ?? null;
    const key = ref.name.toLowerCase();
    const cached = this.outlets.get(key);
    if (cached) return cached;
    const existing = this.findOutlets(ref.name)[0];
    const id = existing?.id ?? this.inserts.outlet(this.tx, { slug: this.freeSlug("outlets", ref.name), name: ref.name, site: ref.site, language }).id;
    if (!existing) {
      this.created.outlets.push(ref.name);
      if (this.named) this.remember("outlets", { id, name: ref.name, kind: null });
    }
    this.outlets.set(key, id);
    return id;
  }

  topic(ref: TopicRef): number {
    const cached = this.topics.get(ref.slug);
    if (cached) return cached;
    const existing = findTopicBySlug(this.tx, ref.slug);
    const id = existing?.id ?? insertTopic(this.tx, { slug: ref.slug, name: ref.name ?? nameFromSlug(ref.slug) }).id;
    if (!existing) this.created.topics.push(ref.slug);
    this.topics.set(ref.slug, id);
    return id;
  }

  /** An existing event by slug, or a new one by title (the same title twice is one event). */
  event(ref: EventRef, description: string | null = null): number | null {
    if ("slug" in ref) return findEventBySlug(this.tx, ref.slug)?.id ?? null;
    const key = ref.title.toLowerCase();
    const cached = this.events.get(key);
    if (cached) return cached;
    const id = this.inserts.event(this.tx, { slug: this.freeSlug("events", ref.title), title: ref.title, description }).id;
    this.created.events.push(ref.title);
    this.events.set(key, id);
    return id;
  }

  articleSlug(title: string): string {
    return this.freeSlug("articles", title);
  }
}
