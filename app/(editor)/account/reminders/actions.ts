"use server";
/** Reminder subscription and follows, for editors (checked here and in lib/reminders/subscriptions.ts). */
import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import type { ActionResult } from "@/lib/http/action-result";
import { parseId } from "@/lib/http/ids";
import { runAction } from "@/lib/http/server-action";
import { follow, REMINDER_PERMISSION, subscribe, unfollow, unsubscribe } from "@/lib/reminders/subscriptions";

const done = <T>(value: T): T => {
  revalidatePath("/account/reminders");
  return value;
};

export async function subscribeAction(input: unknown): Promise<ActionResult<{ email: string }>> {
  return runAction(REMINDER_PERMISSION, (actor) => done({ email: subscribe(getDb(), actor, input).email }));
}

export async function unsubscribeAction(): Promise<ActionResult<boolean>> {
  return runAction(REMINDER_PERMISSION, (actor) => done(unsubscribe(getDb(), actor)));
}

export async function followAction(input: unknown): Promise<ActionResult<boolean>> {
  return runAction(REMINDER_PERMISSION, (actor) => done(follow(getDb(), actor, input)));
}

export async function unfollowAction(id: unknown): Promise<ActionResult<boolean>> {
  return runAction(REMINDER_PERMISSION, (actor) => done(unfollow(getDb(), actor, parseId(id, "follow", "value"))));
}
