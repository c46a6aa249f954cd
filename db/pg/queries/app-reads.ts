/**
 * The PostgreSQL twins of the app's remaining reads (lib/ledger/app-reader.ts): a page of
 * forecasts and the topic names (source pages), accounts and the audit log (admin pages), the intake form's choices, an account's reminder subscription and
 * follows. Same shapes and orders as db/queries/{users,audit,intake,reminders}.ts; names in code-point order (collate "C",
 * SQLite's BINARY).
 */
import { asc, desc, eq, like, sql } from "drizzle-orm";
import type { ForecastDTO, ForecastFilters } from "@/db/queries/forecasts";
import type { PgTx } from "../client";
import { accounts, auditLog, events, follows, forecasts, outlets, people, reminderSubscriptions, topics, users } from "../schema";
import { baseSelect, toDTO } from "./forecast-dto";
import { whereForPg } from "./forecasts";

const c = (column: unknown) => sql`${column} collate "C"`;

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

/** db/queries/forecasts.ts pageOfForecasts: one page of the matching forecasts in id order, and how many match. */
export async function pageOfForecastsPg(
  db: PgTx,
  filters: Partial<ForecastFilters>,
  page: number,
  pageSize: number,
): Promise<{ total: number; items: ForecastDTO[] }> {
  const { search: _search, ...rest } = filters;
  const where = whereForPg(rest);
  const total = (await db.select({ n: sql<number>`count(*)::int` }).from(forecasts).where(where))[0]?.n ?? 0;
  const rows = await baseSelect(db)
    .where(where)
    .orderBy(asc(forecasts.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { total, items: rows.map(toDTO) };
}

/** db/queries/forecasts.ts listTopicNames. */
export async function listTopicNamesPg(db: PgTx) {
  return db.select({ slug: topics.slug, name: topics.name }).from(topics).orderBy(c(topics.name));
}
