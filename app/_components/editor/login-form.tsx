"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { authClient } from "@/lib/auth/client";

/**
 * Signs in through better-auth's HTTP endpoint (not a server action), so the sign-in rate
 * limit applies to every attempt.
 */
export function LoginForm({ next }: { next: string }) {
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function submit(e: React.FormEvent) {
    e.preventDefault();
    startTransition(async () => {
      const { error } = await authClient.signIn.email({ email, password });
      if (error) {
        setError(
          error.status === 429
            ? error.code === "account_throttled" && error.message
              ? error.message
              : "Too many sign-in attempts from your address. Wait a minute, then try again."
            : error.status === 401
              ? "Wrong email or password."
              : error.status === 403
                ? (error.message ?? "This account may not sign in.")
                : `Sign-in failed: ${error.message ?? error.statusText}`,
        );
        setPassword("");
        return;
      }
      router.replace(next);
      router.refresh();
    });
  }

  return (
    <form className="stacked auth-form" onSubmit={submit} aria-label="Sign in">
      {error ? (
        <div className="error-box" role="alert">
          {error}
        </div>
      ) : null}
      <label htmlFor="login-email">
        Email
        <input id="login-email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
      </label>
      <label htmlFor="login-password">
        Password
        <input id="login-password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
      </label>
      <div>
        <button type="submit" disabled={pending}>
          {pending ? "Signing in…" : "Sign in"}
        </button>
      </div>
    </form>
  );
}
