/**
 * Account administration: creating accounts (admin page, command line, demo accounts) and
 * changing roles. better-auth creates the user and hashes the password; this module checks who
 * asks, validates, and writes the audit log.
 */
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { type DB, getDb } from "@/db/client";
import type { PgDB } from "@/db/pg/client";
import { writeAuditPg } from "@/db/pg/queries/outcomes";
import * as pgSchema from "@/db/pg/schema";
import { type AuditInput, writeAudit } from "@/db/queries/audit";
import { countUsersWithRole, getUserByEmail, getUserById } from "@/db/queries/users";
import { users } from "@/db/schema";
import { type Actor, authorize } from "@/lib/auth/actor";
import type { Auth } from "@/lib/auth/auth";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/constants";
import { passwordProblem } from "@/lib/auth/password-policy";
import { PERMISSIONS } from "@/lib/auth/permissions";
import { AppError } from "@/lib/http/errors";
import { parseInput } from "@/lib/http/validation";
import { appPg } from "@/lib/ledger/engine";
import { ROLES, type Role } from "@/lib/vocabulary";

const roleSchema = z.enum(ROLES, { error: `expected one of ${ROLES.join(", ")}` });

export const newAccountSchema = z
  .strictObject({
    name: z.string({ error: "expected a name" }).trim().min(1, { error: "required" }).max(100, { error: "at most 100 characters" }),
    email: z
      .string({ error: "expected an email address" })
      .trim()
      .toLowerCase()
      .pipe(z.email({ error: "expected an email address" }).max(254)),
    role: roleSchema,
    password: z
      .string({ error: "expected a password" })
      .min(MIN_PASSWORD_LENGTH, { error: `at least ${MIN_PASSWORD_LENGTH} characters` })
      .max(256, { error: "at most 256 characters" }),
  })
  .superRefine((v, ctx) => {
    const problem = passwordProblem(v.password, { email: v.email, name: v.name });
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
  });

export type NewAccount = z.input<typeof newAccountSchema>;

/** How an account came to be, for the audit log. */
export type AccountOrigin = "admin" | "command-line" | "demo";

/** What creating an account reads and writes besides better-auth: on SQLite or PostgreSQL. */
export interface AccountStore {
  emailTaken(email: string): Promise<boolean>;
  audit(entry: AuditInput): Promise<void>;
}

export function sqliteAccountStore(db: DB): AccountStore {
  return { emailTaken: async (email) => !!getUserByEmail(db, email), audit: async (entry) => writeAudit(db, entry) };
}

export function postgresAccountStore(db: PgDB): AccountStore {
  return {
    emailTaken: async (email) => (await db.select({ id: pgSchema.users.id }).from(pgSchema.users).where(eq(pgSchema.users.email, email))).length > 0,
    audit: (entry) => writeAuditPg(db, entry),
  };
}

/** The store of the app's engine (lib/ledger/engine.ts). */
export function appAccountStore(): AccountStore {
  const pg = appPg();
  return pg ? postgresAccountStore(pg) : sqliteAccountStore(getDb());
}

/**
 * Creates an account with a password. From the admin page the actor must be an admin; the
 * command line and db:setup's demo accounts act without an account (whoever can run them owns
 * the database file anyway).
 */
export async function createAccount(db: DB | AccountStore, auth: Auth, actor: Actor | null, input: unknown, origin: AccountOrigin) {
  if (origin === "admin") authorize(actor, PERMISSIONS.manageUsers);
  const store = "emailTaken" in db ? db : sqliteAccountStore(db);
  const v = parseInput(newAccountSchema, input);
  if (await store.emailTaken(v.email))
    throw new AppError("unprocessable", `An account for ${v.email} already exists.`, [
      { field: "email", message: "an account with this email already exists" },
    ]);
  const { user } = await auth.api.createUser({ body: { email: v.email, name: v.name, password: v.password, role: v.role } });
  await store.audit({
    userId: actor?.id ?? null,
    action: "user.create",
    entityType: "user",
    entityId: user.id,
    detail: { email: v.email, name: v.name, role: v.role, via: origin },
  });
  return { id: user.id, email: v.email, name: v.name, role: v.role };
}

export const setRoleSchema = z.strictObject({
  userId: z.string({ error: "expected a user id" }).min(1, { error: "expected a user id" }),
  role: roleSchema,
});

/**
 * Changes an account's role. The role is read from the database on every request (no cookie
 * cache), so it applies at once. An admin cannot change their own role, so the last admin can
 * never demote themselves by mistake.
 */
type RoleTarget = { id: string; email: string; role: string };

/** Why this change may not be made, or null (the same rules on both engines). */
function roleChangeRefusal(target: RoleTarget | null, adminId: string, to: Role, admins: () => number): AppError | null {
  if (!target) return new AppError("not_found", "No such account.");
  if (target.id === adminId)
    return new AppError("unprocessable", "You cannot change your own role; ask another admin.", [
      { field: "role", message: "you cannot change your own role" },
    ]);
  if (target.role === to) return new AppError("unprocessable", `${target.email} is already ${withArticle(to)}.`, [{ field: "role", message: "unchanged" }]);
  if (target.role === "admin" && admins() <= 1)
    return new AppError("unprocessable", "This is the last admin account.", [{ field: "role", message: "the last admin cannot be demoted" }]);
  return null;
}

const roleAudit = (adminId: string, target: RoleTarget, to: Role): AuditInput => ({
  userId: adminId,
  action: "user.set_role",
  entityType: "user",
  entityId: target.id,
  detail: { email: target.email, from: target.role, to },
});

export function changeRole(db: DB, actor: Actor | null, input: unknown) {
  const admin = authorize(actor, PERMISSIONS.manageUsers);
  const v = parseInput(setRoleSchema, input);
  return db.transaction(
    (tx) => {
      const target = getUserById(tx, v.userId);
      const refusal = roleChangeRefusal(target, admin.id, v.role, () => countUsersWithRole(tx, "admin"));
      if (refusal) throw refusal;
      tx.update(users).set({ role: v.role, updatedAt: new Date() }).where(eq(users.id, target!.id)).run();
      writeAudit(tx, roleAudit(admin.id, target!, v.role));
      return { id: target!.id, email: target!.email, from: target!.role as Role, to: v.role };
    },
    { behavior: "immediate" },
  );
}

/** changeRole on PostgreSQL: role changes follow one another (a transaction-level advisory lock), so two admins cannot demote each other past the last one. */
export async function changeRolePg(db: PgDB, actor: Actor | null, input: unknown) {
  const admin = authorize(actor, PERMISSIONS.manageUsers);
  const v = parseInput(setRoleSchema, input);
  const u = pgSchema.users;
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('hindsight:user-roles'))`);
    const target = (await tx.select({ id: u.id, email: u.email, role: u.role }).from(u).where(eq(u.id, v.userId)))[0] ?? null;
    const admins = (await tx.select({ n: sql<number>`count(*)::int` }).from(u).where(eq(u.role, "admin")))[0]?.n ?? 0;
    const refusal = roleChangeRefusal(target, admin.id, v.role, () => admins);
    if (refusal) throw refusal;
    await tx.update(u).set({ role: v.role, updatedAt: new Date() }).where(eq(u.id, target!.id));
    await writeAuditPg(tx, roleAudit(admin.id, target!, v.role));
    return { id: target!.id, email: target!.email, from: target!.role as Role, to: v.role };
  });
}

/** A role change on the app's engine (lib/ledger/engine.ts). */
export async function appChangeRole(actor: Actor | null, input: unknown) {
  const pg = appPg();
  return pg ? changeRolePg(pg, actor, input) : changeRole(getDb(), actor, input);
}

function withArticle(role: Role): string {
  return role === "admin" || role === "editor" ? `an ${role}` : `a ${role}`;
}
