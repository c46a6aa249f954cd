import type { Metadata } from "next";
import Link from "next/link";
import { currentActor } from "@/lib/auth/session";
import { SiteChrome } from "./_components/site-chrome";

export const metadata: Metadata = { title: "Not allowed" };

/** 403: a signed-in account without the role a page needs (forbidden() in the editor and admin pages). */
export default async function Forbidden() {
  const actor = await currentActor();
  return (
    <SiteChrome>
      <h1>Not allowed</h1>
      <div className="error-box" role="alert">
        <strong>Not allowed.</strong> This page is for editors or admins
        {actor ? `; you are signed in as ${actor.name} (${actor.role})` : ""}. An admin can change your role on the accounts page.
      </div>
      <p>
        Everything else is open to read: <Link href="/">the ledger</Link>, <Link href="/forecasts">forecasts</Link>,{" "}
        <Link href="/leaderboard">leaderboard</Link> and <Link href="/methods">methods</Link>.
      </p>
    </SiteChrome>
  );
}
