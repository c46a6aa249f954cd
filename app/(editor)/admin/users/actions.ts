"use server";
/** Account administration from /admin/users: admins only, checked here and in lib/accounts/accounts.ts. */
import { revalidatePath } from "next/cache";
import { appAccountStore, appChangeRole, createAccount } from "@/lib/accounts/accounts";
import { getAuth } from "@/lib/auth/auth";
import { PERMISSIONS } from "@/lib/auth/permissions";
import type { ActionResult } from "@/lib/http/action-result";
import { runAction } from "@/lib/http/server-action";
import type { Role } from "@/lib/vocabulary";

export async function createAccountAction(input: unknown): Promise<ActionResult<{ email: string; role: Role }>> {
  return runAction(PERMISSIONS.manageUsers, async (actor) => {
    const account = await createAccount(appAccountStore(), getAuth(), actor, input, "admin");
    revalidatePath("/admin/users");
    return { email: account.email, role: account.role };
  });
}

export async function changeRoleAction(input: unknown): Promise<ActionResult<{ email: string; to: Role }>> {
  return runAction(PERMISSIONS.manageUsers, async (actor) => {
    const change = await appChangeRole(actor, input);
    revalidatePath("/admin/users");
    return { email: change.email, to: change.to };
  });
}
