import type { Metadata } from "next";
import Link from "next/link";
import { LoginForm } from "@/app/_components/editor/login-form";
import { safeNext } from "@/app/_components/editor/not-allowed";
import { currentActor } from "@/lib/auth/session";
import { env } from "@/lib/config/env";
import { pageMetadata } from "@/lib/share/metadata";

export const metadata: Metadata = pageMetadata({
  title: "Sign in",
  description: "Sign in to record outcomes and add articles.",
  path: "/login",
  noindex: true,
});

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const next = safeNext((await searchParams).next);
  const actor = await currentActor();
  return (
    <div className="narrow">
      <h1>Sign in</h1>
      <p className="lead">Reading needs no account. Editors sign in to record outcomes and correct forecasts; admins also manage accounts.</p>
      {actor ? (
        <p role="status" className="note-box">
          You are signed in as {actor.name} ({actor.role}). <Link href={next}>Continue</Link>
        </p>
      ) : null}
      <LoginForm next={next} />
      {env().HINDSIGHT_OPEN_SIGNUP === "true" ? (
        <p className="small">
          No account? <Link href="/signup">Create a reader account</Link>.
        </p>
      ) : (
        <p className="small muted">Accounts are created by an admin.</p>
      )}
    </div>
  );
}
