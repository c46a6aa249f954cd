/**
 * The signed-in account as the write paths see it, and the one role check they all make.
 * Pure: no cookies, no database. lib/auth/session.ts resolves the actor from the request.
 */

import { AppError } from "@/lib/http/errors";
import type { Role } from "@/lib/vocabulary";
import { type Permission, roleCan } from "./permissions";

export interface Actor {
  id: string;
  name: string;
  email: string;
  role: Role;
}

/** Throws 401 without an account and 403 when the account's role lacks the permission. */
export function authorize(actor: Actor | null | undefined, permission: Permission): Actor {
  if (!actor) throw new AppError("unauthenticated", "Sign in with an editor account to do this.");
  if (!roleCan(actor.role, permission)) {
    throw new AppError("forbidden", `Your account's role (${actor.role}) does not allow this. Ask an admin if you need it.`);
  }
  return actor;
}

export function can(actor: Actor | null | undefined, permission: Permission): boolean {
  return !!actor && roleCan(actor.role, permission);
}
