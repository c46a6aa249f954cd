/**
 * The wrapper every server action runs through: resolve the session and check the permission
 * (lib/auth/session.ts), run the write (tried again while the database is busy, without holding up
 * the server: lib/http/busy-retry.ts), and turn errors into an ActionResult. A server action is a
 * public POST endpoint, so nothing here trusts the form that called it.
 */
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Permission } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import type { ActionResult } from "./action-result";
import { whileBusy } from "./busy-retry";
import { errorBody } from "./errors";

export async function runAction<T>(permission: Permission, write: (actor: Actor) => T | Promise<T>): Promise<ActionResult<T>> {
  try {
    const actor = await requirePermission(permission);
    return { ok: true, data: await whileBusy(() => write(actor)) };
  } catch (err) {
    return { ok: false, error: errorBody(err, "Something went wrong on our side; the error has been logged. Nothing was saved.") };
  }
}
