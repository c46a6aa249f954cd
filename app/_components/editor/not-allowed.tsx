import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";

/** Shown instead of a protected page to a signed-in account without the role for it. */
export function NotAllowed({ actor }: { actor: Actor }) {
  return (
    <div className="error-box" role="alert">
      <strong>Not allowed.</strong> This page needs a role your account does not have; you are signed in as {actor.name} ({actor.role}).{" "}
      <Link href="/">Back to the ledger</Link>
    </div>
  );
}

/** Only relative paths inside the site, so a crafted link cannot send someone elsewhere after sign-in. */
export function safeNext(value: unknown): string {
  return typeof value === "string" && /^\/(?![/\\])[^\s]*$/.test(value) ? value : "/";
}
