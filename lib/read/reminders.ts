/** An account's reminder subscription and followed sources (/account/reminders). */
import { fromReader } from "./bind";

export const getSubscription = fromReader("getSubscription");
export const listFollows = fromReader("listFollows");
