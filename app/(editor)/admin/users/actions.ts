"use server";
/** Account administration from /admin/users: admins only, checked here and in lib/accounts/accounts.ts. */
import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { appAccountStore, changeRole, createAccount } from "@/lib/accounts/accounts";
import { getAuth } from "@/lib/auth/auth";
import { PERMISSIONS } from "@/lib/auth/permissions";
import type { ActionResult } from "@/lib/http/action-result";
import { runAction } from "@/lib/http/server-action";
import { requireSqliteFor } from "@/lib/ledger/engine";
import type { Role } from "@/lib/vocabulary";

export async function createAccountAction(input: unknown): Promise<ActionResult<{ email: string; role: Role }>> {
  return runAction(PERMISSIONS.manageUsers, async (actor) => {
    const account = await createAccount(appAccountStore(), getAuth(), actor, input, "admin");
    revalidatePath("/admin/users");
    return { email: account.email, role: account.role };
  });
}

export async function changeRoleAction(input: unknown): Promise<ActionResult<{ email: string; to: Role }>> {
  return runAction(PERMISSIONS.manageUsers, (actor) => {
    requireSqliteFor("changing a role", "lib/accounts/accounts.ts changeRole has no PostgreSQL path yet (npm run user:create works)");
    const change = changeRole(getDb(), actor, input);
    revalidatePath("/admin/users");
    return { email: change.email, to: change.to };
  });
}
