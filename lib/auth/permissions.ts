/**
 * Who may do what: better-auth access control with Hindsight's three roles. The admin plugin
 * enforces these on its own endpoints, and lib/auth/session.ts checks them on every write of ours, so
 * there is one definition of each role.
 *
 * - reader: reads (no account is needed for that); may hold an account when sign-up is open.
 * - editor: records outcomes and corrects forecasts.
 * - admin: everything an editor does, plus accounts and the audit log.
 */
import { createAccessControl } from "better-auth/plugins/access";
import { adminAc, defaultStatements } from "better-auth/plugins/admin/access";
import { ROLES, type Role } from "@/lib/vocabulary";

const statements = {
  ...defaultStatements,
  outcome: ["record"],
  forecast: ["correct"],
  audit: ["read"],
} as const;

export const ac = createAccessControl(statements);

export const roles = {
  reader: ac.newRole({ outcome: [], forecast: [], audit: [], user: [], session: [] }),
  editor: ac.newRole({ outcome: ["record"], forecast: ["correct"], audit: [], user: [], session: [] }),
  admin: ac.newRole({ ...adminAc.statements, outcome: ["record"], forecast: ["correct"], audit: ["read"] }),
} satisfies Record<Role, unknown>;

export type Permission = { [K in keyof typeof statements]?: (typeof statements)[K][number][] };

/** The permissions each write path needs, named once so the pages and the checks agree. */
export const PERMISSIONS = {
  recordOutcome: { outcome: ["record"] },
  correctForecast: { forecast: ["correct"] },
  readAudit: { audit: ["read"] },
  manageUsers: { user: ["create", "set-role", "list"] },
} as const satisfies Record<string, Permission>;

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** Whether a role holds every action of the permission (an unknown role holds nothing). */
export function roleCan(role: string, permission: Permission): boolean {
  if (!isRole(role)) return false;
  return roles[role].authorize(permission as Record<string, string[]>).success;
}
