/** Accounts as the admin page lists them (better-auth owns their creation and passwords). */
import { asc, eq, sql } from "drizzle-orm";
import type { Role } from "@/lib/vocabulary";
import type { DB } from "../client";
import { accounts, users } from "../schema";
import type { Tx } from "../tx";

export function listUsers(db: DB) {
  return db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      createdAt: users.createdAt,
      // Accounts without a password (the seed editor) cannot sign in.
      // "user".id spelled out: inside a one-table select drizzle leaves columns unqualified, and a
      // bare "id" would resolve to the subquery's own account.id.
      canSignIn: sql<number>`exists (select 1 from ${accounts} a where a.user_id = "user"."id" and a.password is not null)`.mapWith(Boolean),
    })
    .from(users)
    .orderBy(asc(users.createdAt), asc(users.email))
    .all();
}

export function getUserById(db: Tx, id: string) {
  return db.select({ id: users.id, name: users.name, email: users.email, role: users.role }).from(users).where(eq(users.id, id)).get() ?? null;
}

export function getUserByEmail(db: Tx, email: string) {
  return (
    db.select({ id: users.id, name: users.name, email: users.email, role: users.role }).from(users).where(eq(users.email, email.toLowerCase())).get() ?? null
  );
}

export function countUsersWithRole(db: Tx, role: Role): number {
  return db.select({ n: sql<number>`count(*)` }).from(users).where(eq(users.role, role)).get()?.n ?? 0;
}
