/** An account's reminder subscription and followed sources (/account/reminders). */
import * as q from "@/db/queries/reminders";
import { withDb } from "./bind";

export const getSubscription = withDb(q.getSubscription);
export const listFollows = withDb(q.listFollows);
