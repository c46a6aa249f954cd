/**
 * SourceResolver on PostgreSQL (sources.ts on SQLite): finds or creates the outlets, people,
 * topics and events a new article points at, inside the write transaction, with the same rules
 * (a new name equal to an existing one ignoring case is that record; slugs from slug.ts; what one
 * forecast creates the next one finds).
 */
import type { PgTx } from "@/db/pg/client";
import {
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
} from "@/db/pg/queries/intake";
import type { Language } from "@/lib/vocabulary";
import type { EventRef, OutletRef, PersonRef, TopicRef } from "./intake-schema";
import { nameFromSlug, slugify, uniqueSlug } from "./slug";
import type { Created } from "./sources";

export class SourceResolverPg {
  readonly created: Created = { outlets: [], people: [], topics: [], events: [] };
  private people = new Map<string, number>();
  private outlets = new Map<string, number>();
  private topics = new Map<string, number>();
  private events = new Map<string, number>();
  /** Slugs handed out but not written yet (the import picks every article's slug before writing). */
  private reserved = new Set<string>();

  constructor(private readonly tx: PgTx) {}

  private async freeSlug(table: "people" | "outlets" | "topics" | "events" | "articles", text: string): Promise<string> {
    const base = slugify(text);
    const taken = await slugsStartingWithPg(this.tx, table, base);
    const slug = uniqueSlug(base, (s) => taken.has(s) || this.reserved.has(`${table}\u0000${s}`));
    this.reserved.add(`${table}\u0000${slug}`);
    return slug;
  }

  async person(ref: PersonRef): Promise<number | null> {
    if ("slug" in ref) return (await findPersonBySlugPg(this.tx, ref.slug))?.id ?? null;
    const key = `${ref.kind}\u0000${ref.name.toLowerCase()}`;
    const cached = this.people.get(key);
    if (cached) return cached;
    const existing = (await findPeopleByNamePg(this.tx, ref.name)).find((p) => p.kind === ref.kind);
    const id = existing?.id ?? (await insertPersonPg(this.tx, { slug: await this.freeSlug("people", ref.name), name: ref.name, kind: ref.kind })).id;
    if (!existing) this.created.people.push(ref.name);
    this.people.set(key, id);
    return id;
  }

  /** An author known only by name (sources.ts personNamed): an existing person or institution of that name, else a new person. */
  async personNamed(name: string): Promise<number> {
    const key = `any\u0000${name.toLowerCase()}`;
    const cached = this.people.get(key);
    if (cached) return cached;
    const existing = (await findPeopleByNamePg(this.tx, name))[0];
    const id = existing?.id ?? (await this.person({ name, kind: "person" }))!;
    this.people.set(key, id);
    return id;
  }

  async outlet(ref: OutletRef, language: Language | null = null): Promise<number | null> {
    if ("slug" in ref) return (await findOutletBySlugPg(this.tx, ref.slug))?.id ?? null;
    const key = ref.name.toLowerCase();
    const cached = this.outlets.get(key);
    if (cached) return cached;
    const existing = (await findOutletsByNamePg(this.tx, ref.name))[0];
    const id = existing?.id ?? (await insertOutletPg(this.tx, { slug: await this.freeSlug("outlets", ref.name), name: ref.name, site: ref.site, language })).id;
    if (!existing) this.created.outlets.push(ref.name);
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
