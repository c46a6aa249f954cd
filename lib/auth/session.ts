/**
 * The one helper every server action, route handler and protected page uses: it resolves the
 * session from the request's cookie (better-auth, on the server) and checks the role.
 * Query code in db/ never sees cookies: callers pass the resolved actor's id down.
 */
import "server-only";
import { headers as requestHeaders } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { type Actor, authorize, can } from "./actor";
import { getAuth } from "./auth";
import { isRole, type Permission } from "./permissions";

export type { Actor };

/** The account signed in on this request, or null (no cookie, expired or revoked session). */
export async function actorFromHeaders(headers: Headers): Promise<Actor | null> {
  const session = await getAuth().api.getSession({ headers });
  if (!session) return null;
  const u = session.user;
  // An unknown role string holds no permissions: treat it as a reader.
  return { id: u.id, name: u.name, email: u.email, role: isRole(u.role) ? u.role : "reader" };
}

/** The current request's account, for pages deciding what to show (never as the only check). */
export async function currentActor(): Promise<Actor | null> {
  return actorFromHeaders(await requestHeaders());
}

/** Server actions and pages: the current account, which must hold the permission (401/403 otherwise). */
export async function requirePermission(permission: Permission): Promise<Actor> {
  return authorize(await currentActor(), permission);
}

/** Route handlers: the same check against the handler's request. */
export async function requirePermissionFor(request: Request, permission: Permission): Promise<Actor> {
  return authorize(await actorFromHeaders(request.headers), permission);
}

/**
 * Protected pages: the current account. Without one the visitor is sent to sign in (and back to
 * `path` afterwards); an account whose role lacks the permission gets 403 with app/forbidden.tsx.
 */
export async function pageActor(permission: Permission, path: string): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect(`/login?next=${encodeURIComponent(path)}`);
  if (!can(actor, permission)) forbidden();
  return actor;
}
