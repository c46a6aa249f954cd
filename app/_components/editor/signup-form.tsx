"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { authClient } from "@/lib/auth/client";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/constants";

/** Self-service sign-up (only when HINDSIGHT_OPEN_SIGNUP=true): new accounts are readers. */
export function SignupForm() {
  const router = useRouter();
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function submit(e: React.FormEvent) {
    e.preventDefault();
    startTransition(async () => {
      const { error } = await authClient.signUp.email({ name, email, password });
      if (error) {
        setError(error.status === 429 ? "Too many attempts. Wait a minute, then try again." : (error.message ?? "Sign-up failed."));
        return;
      }
      router.replace("/");
      router.refresh();
    });
  }

  return (
    <form className="stacked auth-form" onSubmit={submit} aria-label="Create an account">
      {error ? (
        <div className="error-box" role="alert">
          {error}
        </div>
      ) : null}
      <label htmlFor="signup-name">
        Name
        <input id="signup-name" autoComplete="name" required value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label htmlFor="signup-email">
        Email
        <input id="signup-email" type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
      </label>
      <label htmlFor="signup-password">
        Password <span className="muted">(at least {MIN_PASSWORD_LENGTH} characters)</span>
        <input
          id="signup-password"
          type="password"
          autoComplete="new-password"
          required
          minLength={MIN_PASSWORD_LENGTH}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </label>
      <div>
        <button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create account"}
        </button>
      </div>
    </form>
  );
}
