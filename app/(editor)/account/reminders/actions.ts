"use server";
/** Reminder subscription and follows, for editors (checked here and in lib/reminders/subscriptions.ts). */
import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import type { ActionResult } from "@/lib/http/action-result";
import { parseId } from "@/lib/http/ids";
import { runAction } from "@/lib/http/server-action";
import { requireSqliteFor } from "@/lib/ledger/engine";
import { follow, REMINDER_PERMISSION, subscribe, unfollow, unsubscribe } from "@/lib/reminders/subscriptions";

function run<T>(write: (actor: Actor) => T): Promise<ActionResult<T>> {
  return runAction(REMINDER_PERMISSION, (actor) => {
    requireSqliteFor("reminder subscriptions", "their writes (lib/reminders/) have no PostgreSQL path yet");
    const value = write(actor);
    revalidatePath("/account/reminders");
    return value;
  });
}

export async function subscribeAction(input: unknown): Promise<ActionResult<{ email: string }>> {
  return run((actor) => ({ email: subscribe(getDb(), actor, input).email }));
}

export async function unsubscribeAction(): Promise<ActionResult<boolean>> {
  return run((actor) => unsubscribe(getDb(), actor));
}

export async function followAction(input: unknown): Promise<ActionResult<boolean>> {
  return run((actor) => follow(getDb(), actor, input));
}

export async function unfollowAction(id: unknown): Promise<ActionResult<boolean>> {
  return run((actor) => unfollow(getDb(), actor, parseId(id, "follow", "value")));
}
