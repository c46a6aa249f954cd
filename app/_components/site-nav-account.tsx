"use client";

import Link from "next/link";
import { signOutAction } from "@/app/_actions/session";
import { formatCount } from "@/lib/format/numbers";
import { useMe } from "./session/use-me";

/**
 * The per-visitor part of the main navigation, filled in by the browser (the page around it is
 * cached for everyone): the due queue's count and the account menu or a "Sign in" link.
 */
export function SiteNavAccount() {
  const { data } = useMe();
  const actor = data?.user;
  return (
    <>
      <Link href="/due" aria-label={`Due for an outcome: ${data ? formatCount(data.due) : "…"}`} data-testid="nav-due">
        Due <span className="count-badge">{data ? formatCount(data.due) : "…"}</span>
      </Link>
      <span className="spacer" />
      {!data ? null : actor ? (
        <span className="account-menu" data-testid="account-menu">
          {actor.may.addArticles ? (
            <>
              <Link href="/articles/new">Add article</Link>
              <Link href="/import">Import</Link>
            </>
          ) : null}
          {actor.may.recordOutcome ? <Link href="/account/reminders">Reminders</Link> : null}
          {actor.may.manageUsers ? (
            <>
              <Link href="/admin/users">Accounts</Link>
              <Link href="/admin/audit">Audit log</Link>
            </>
          ) : null}
          <span className="small">
            {actor.name} <span className="muted">({actor.role})</span>
          </span>
          <form action={signOutAction}>
            <button type="submit" className="secondary small-button">
              Sign out
            </button>
          </form>
        </span>
      ) : (
        <Link href="/login">Sign in</Link>
      )}
    </>
  );
}
