"use server";
/** Reminder subscription and follows, for editors (checked here and in lib/reminders/subscriptions.ts), on either engine. */
import { revalidatePath } from "next/cache";
import type { Actor } from "@/lib/auth/actor";
import type { ActionResult } from "@/lib/http/action-result";
import { parseId } from "@/lib/http/ids";
import { runAction } from "@/lib/http/server-action";
import { appReminderWriter } from "@/lib/ledger/engine";
import { REMINDER_PERMISSION } from "@/lib/reminders/subscriptions";

function run<T>(write: (actor: Actor) => Promise<T>): Promise<ActionResult<T>> {
  return runAction(REMINDER_PERMISSION, async (actor) => {
    const value = await write(actor);
    revalidatePath("/account/reminders");
    return value;
  });
}

export async function subscribeAction(input: unknown): Promise<ActionResult<{ email: string }>> {
  return run(async (actor) => ({ email: (await appReminderWriter().subscribe(actor, input)).email }));
}

export async function unsubscribeAction(): Promise<ActionResult<boolean>> {
  return run((actor) => appReminderWriter().unsubscribe(actor));
}

export async function followAction(input: unknown): Promise<ActionResult<boolean>> {
  return run((actor) => appReminderWriter().follow(actor, input));
}

export async function unfollowAction(id: unknown): Promise<ActionResult<boolean>> {
  return run((actor) => appReminderWriter().unfollow(actor, parseId(id, "follow", "value")));
}
