import Link from "next/link";
import { signOutAction } from "@/app/_actions/session";
import { can } from "@/lib/auth/actor";
import { PERMISSIONS } from "@/lib/auth/permissions";
import { currentActor } from "@/lib/auth/session";
import { INTAKE_PERMISSION } from "@/lib/intake/permission";
import { countDueForecasts } from "@/lib/read/ledger";

/**
 * The request-time part of the main navigation: the due queue's count (public data, shown to
 * everyone) and the account menu or a "Sign in" link.
 */
export async function SiteNavAccount() {
  const actor = await currentActor();
  const due = countDueForecasts();
  return (
    <>
      <Link href="/due" aria-label={`Due for an outcome: ${due}`} data-testid="nav-due">
        Due <span className="count-badge">{due}</span>
      </Link>
      <span className="spacer" />
      {actor ? (
        <span className="account-menu" data-testid="account-menu">
          {can(actor, INTAKE_PERMISSION) ? (
            <>
              <Link href="/articles/new">Add article</Link>
              <Link href="/import">Import</Link>
            </>
          ) : null}
          {can(actor, PERMISSIONS.recordOutcome) ? <Link href="/account/reminders">Reminders</Link> : null}
          {can(actor, PERMISSIONS.manageUsers) ? (
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
