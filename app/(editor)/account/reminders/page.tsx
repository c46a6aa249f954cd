import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { pageActor } from "@/lib/auth/session";
import { formatDate } from "@/lib/format/dates";
import { listOutlets, listPeople } from "@/lib/read/ledger";
import { getSubscription, listFollows } from "@/lib/read/reminders";
import { REMINDER_PERMISSION } from "@/lib/reminders/subscriptions";
import { pageMetadata } from "@/lib/share/metadata";
import { FollowForm, SubscriptionForm, UnfollowButton } from "./reminder-forms";

export const metadata: Metadata = pageMetadata({
  title: "Reminders",
  description: "A digest by e-mail of forecasts that fell due and of new outcomes on the sources you follow (editors).",
  path: "/account/reminders",
  noindex: true,
});

/** /account/reminders: an editor's digest subscription and followed sources (sent by npm run notify:due). */
export default async function RemindersPage() {
  await connection();
  const actor = await pageActor(REMINDER_PERMISSION, "/account/reminders");
  const sub = await getSubscription(actor.id);
  const followed = await listFollows(actor.id);
  return (
    <>
      <h1>Reminders</h1>
      <p className="lead">
        A digest by e-mail of the forecasts that fell due (their deadline passed and no outcome is recorded) and of new outcomes on the sources you follow. Each
        forecast and outcome is sent once; a digest that could not be delivered is sent again next time.
      </p>
      <section aria-label="Subscription">
        <h2>Digest</h2>
        {sub ? (
          <p className="small muted" data-testid="reminder-status">
            Subscribed: {sub.allDue ? "every forecast that falls due" : "forecasts of followed sources that fall due"}, and new outcomes on followed sources.
            Sent up to deadlines of {formatDate(sub.dueSentThrough)}
            {sub.lastSentAt ? `; last digest ${sub.lastSentAt.toISOString().slice(0, 16).replace("T", " ")} UTC` : "; no digest sent yet"}.
            {sub.lastError ? ` The last attempt failed: ${sub.lastError}` : ""}
          </p>
        ) : (
          <p className="small muted" data-testid="reminder-status">
            Not subscribed.
          </p>
        )}
        <SubscriptionForm initial={{ email: sub?.email ?? actor.email, allDue: sub?.allDue ?? true, subscribed: !!sub }} />
      </section>
      <section aria-label="Followed sources">
        <h2>Sources you follow ({followed.length})</h2>
        {followed.length ? (
          <ul data-testid="follows">
            {followed.map((f) => {
              const name = f.personName ?? f.outletName ?? "?";
              const href = f.personSlug ? `/people/${f.personSlug}` : `/outlets/${f.outletSlug}`;
              return (
                <li key={f.id}>
                  <Link href={href}>{name}</Link> <UnfollowButton id={f.id} name={name} />
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="muted">None yet.</p>
        )}
        <FollowForm people={(await listPeople()).filter((p) => p.made > 0)} outlets={await listOutlets()} />
      </section>
      <p className="small muted">
        The digests are sent by <code>npm run notify:due</code> (run daily by cron on the server); see the README.
      </p>
    </>
  );
}
