/**
 * Finding or creating the records a new article points at (outlets, people, topics, events),
 * shared by the intake form and the bulk import. Call inside the write transaction: what one
 * forecast creates, the next one in the same submission finds (the resolver caches by name).
 *
 * A new name that equals an existing record's name (ignoring case) is that record, so adding
 * "Dmitry Peskov" again does not make a second Peskov.
 */
import {
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
  slugsStartingWith,
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

export class SourceResolver {
  readonly created: Created = { outlets: [], people: [], topics: [], events: [] };
  private people = new Map<string, number>();
  private outlets = new Map<string, number>();
  private topics = new Map<string, number>();
  private events = new Map<string, number>();

  constructor(private readonly tx: Tx) {}

  private freeSlug(table: "people" | "outlets" | "topics" | "events" | "articles", text: string): string {
    const base = slugify(text);
    const taken = slugsStartingWith(this.tx, table, base);
    return uniqueSlug(base, (s) => taken.has(s));
  }

  /** The person's id; null only for an unknown slug (checked before writing). */
  person(ref: PersonRef): number | null {
    if ("slug" in ref) return findPersonBySlug(this.tx, ref.slug)?.id ?? null;
    const key = `${ref.kind}\u0000${ref.name.toLowerCase()}`;
    const cached = this.people.get(key);
    if (cached) return cached;
    const existing = findPeopleByName(this.tx, ref.name).find((p) => p.kind === ref.kind);
    const id = existing?.id ?? insertPerson(this.tx, { slug: this.freeSlug("people", ref.name), name: ref.name, kind: ref.kind }).id;
    if (!existing) this.created.people.push(ref.name);
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
    const existing = findPeopleByName(this.tx, name)[0];
    const id = existing?.id ?? this.person({ name, kind: "person" })!;
    this.people.set(key, id);
    return id;
  }

  outlet(ref: OutletRef, language: Language | null = null): number | null {
    if ("slug" in ref) return findOutletBySlug(this.tx, ref.slug)?.id ?? null;
    const key = ref.name.toLowerCase();
    const cached = this.outlets.get(key);
    if (cached) return cached;
    const existing = findOutletsByName(this.tx, ref.name)[0];
    const id = existing?.id ?? insertOutlet(this.tx, { slug: this.freeSlug("outlets", ref.name), name: ref.name, site: ref.site, language }).id;
    if (!existing) this.created.outlets.push(ref.name);
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
    const id = insertEvent(this.tx, { slug: this.freeSlug("events", ref.title), title: ref.title, description }).id;
    this.created.events.push(ref.title);
    this.events.set(key, id);
    return id;
  }

  articleSlug(title: string): string {
    return this.freeSlug("articles", title);
  }
}
