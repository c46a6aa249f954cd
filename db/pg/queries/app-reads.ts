/**
 * The PostgreSQL twins of the app's remaining reads (lib/ledger/app-reader.ts): which forecasts
 * have outcome records (the due queue), accounts and the audit log (admin pages), the intake
 * form's choices, an account's reminder subscription and follows. Same shapes and orders as
 * db/queries/{outcomes,users,audit,intake,reminders}.ts; names in code-point order (collate "C",
 * SQLite's BINARY).
 */
import { asc, desc, eq, inArray, like, sql } from "drizzle-orm";
import type { PgTx } from "../client";
import { accounts, auditLog, events, follows, outcomes, outlets, people, reminderSubscriptions, topics, users } from "../schema";

const c = (column: unknown) => sql`${column} collate "C"`;

export async function forecastsWithOutcomeRecordsPg(db: PgTx, forecastIds: number[]): Promise<Set<number>> {
  if (forecastIds.length === 0) return new Set();
  const rows = await db.selectDistinct({ id: outcomes.forecastId }).from(outcomes).where(inArray(outcomes.forecastId, forecastIds));
  return new Set(rows.map((r) => r.id));
}

export async function listUsersPg(db: PgTx) {
  return db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      createdAt: users.createdAt,
      canSignIn: sql<boolean>`exists (select 1 from ${accounts} a where a.user_id = "user"."id" and a.password is not null)`.mapWith(Boolean),
    })
    .from(users)
    .orderBy(asc(users.createdAt), c(users.email));
}

export async function listAuditEntriesPg(db: PgTx, q: { page: number; pageSize: number; action?: string }) {
  const where = q.action ? (q.action.endsWith(".") ? like(auditLog.action, `${q.action}%`) : eq(auditLog.action, q.action)) : undefined;
  const total = (await db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(where))[0]?.n ?? 0;
  const items = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      detail: auditLog.detail,
      user: { id: users.id, name: users.name, email: users.email },
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(where)
    .orderBy(desc(auditLog.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return { total, page: q.page, pageSize: q.pageSize, pages: Math.max(1, Math.ceil(total / q.pageSize)), items };
}

export async function listAuditActionsPg(db: PgTx): Promise<string[]> {
  const rows = await db.execute<{ action: string }>(sql`select distinct action collate "C" as action from audit_log order by 1`);
  return rows.rows.map((r) => r.action);
}

export async function listIntakeChoicesPg(db: PgTx) {
  const [p, o, t, e] = await Promise.all([
    db.select({ slug: people.slug, name: people.name, kind: people.kind }).from(people).orderBy(c(people.name)),
    db.select({ slug: outlets.slug, name: outlets.name }).from(outlets).orderBy(c(outlets.name)),
    db.select({ slug: topics.slug, name: topics.name }).from(topics).orderBy(c(topics.name)),
    db.select({ slug: events.slug, title: events.title }).from(events).orderBy(c(events.title)),
  ]);
  return { people: p, outlets: o, topics: t, events: e };
}

export async function getSubscriptionPg(db: PgTx, userId: string) {
  return (await db.select().from(reminderSubscriptions).where(eq(reminderSubscriptions.userId, userId)))[0] ?? null;
}

export async function listFollowsPg(db: PgTx, userId: string) {
  return db
    .select({ id: follows.id, personSlug: people.slug, personName: people.name, outletSlug: outlets.slug, outletName: outlets.name })
    .from(follows)
    .leftJoin(people, eq(people.id, follows.personId))
    .leftJoin(outlets, eq(outlets.id, follows.outletId))
    .where(eq(follows.userId, userId))
    .orderBy(asc(follows.id));
}

/** db/queries/sitemap.ts on PostgreSQL: instants as milliseconds since the epoch. */
export async function sitemapRowsPg(db: PgTx): Promise<{ path: string; modified: number }[]> {
  const ms = (v: ReturnType<typeof sql>) => sql`(extract(epoch from ${v}) * 1000)::int8`;
  const rows = await db.execute<{ path: string; modified: number }>(sql`
    select '/forecasts/' || id as path, ${ms(sql`updated_at`)} as modified from forecasts
    union all
    select '/articles/' || a.slug, ${ms(sql`coalesce((select max(f.updated_at) from forecasts f where f.article_id = a.id), a.created_at)`)} from articles a
    union all
    select '/people/' || p.slug, ${ms(sql`coalesce((select max(f.updated_at) from forecasts f where f.forecaster_id = p.id), p.created_at)`)} from people p
    union all
    select '/outlets/' || o.slug, ${ms(sql`o.created_at`)} from outlets o`);
  // int8 arrives as text through drizzle's execute: a number, as SQLite's integer.
  return rows.rows.map((r) => ({ path: r.path, modified: Number(r.modified) }));
}
