/**
 * The audit log: one row per write made through the app or its scripts, append-only (triggers
 * refuse updates and deletes). Writers call writeAudit inside their own transaction.
 */
import { desc, eq, like, sql } from "drizzle-orm";
import type { DB } from "../client";
import { auditLog, users } from "../schema";
import type { Tx } from "../tx";

export interface AuditInput {
  /** Who did it; null for the command line or the seed loader acting without an account. */
  userId: string | null;
  /** "outcome.record", "forecast.correct", "user.set_role", ... */
  action: string;
  entityType: "forecast" | "user" | "event" | "article" | "import" | "reminder";
  entityId: string;
  detail?: Record<string, unknown>;
}

export function writeAudit(tx: Tx, entry: AuditInput) {
  tx.insert(auditLog)
    .values({ userId: entry.userId, action: entry.action, entityType: entry.entityType, entityId: entry.entityId, detail: entry.detail ?? null })
    .run();
}

export interface AuditPageQuery {
  page: number;
  pageSize: number;
  /** An action or an action prefix ("outcome." lists every outcome write). */
  action?: string;
}

/** Newest first, with the name and email of who did it. */
export function listAuditEntries(db: DB, q: AuditPageQuery) {
  const where = q.action ? (q.action.endsWith(".") ? like(auditLog.action, `${q.action}%`) : eq(auditLog.action, q.action)) : undefined;
  const total = db.select({ n: sql<number>`count(*)` }).from(auditLog).where(where).get()?.n ?? 0;
  const items = db
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
    .offset((q.page - 1) * q.pageSize)
    .all();
  return { total, page: q.page, pageSize: q.pageSize, pages: Math.max(1, Math.ceil(total / q.pageSize)), items };
}

/** The distinct actions logged so far, for the audit page's filter. */
export function listAuditActions(db: DB): string[] {
  return db
    .selectDistinct({ action: auditLog.action })
    .from(auditLog)
    .orderBy(auditLog.action)
    .all()
    .map((r) => r.action);
}
