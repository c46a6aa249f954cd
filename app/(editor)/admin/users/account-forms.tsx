"use client";
import { useState, useTransition } from "react";
import { Field, FormMessage, invalidProps } from "@/app/_components/editor/field";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/constants";
import type { ActionError } from "@/lib/http/action-result";
import type { Role } from "@/lib/vocabulary";
import { changeRoleAction, createAccountAction } from "./actions";

const ROLE_OPTIONS: { value: Role; label: string }[] = [
  { value: "editor", label: "editor (records outcomes, corrects forecasts)" },
  { value: "reader", label: "reader" },
  { value: "admin", label: "admin (accounts and the audit log too)" },
];

const EMPTY = { name: "", email: "", role: "editor" as Role, password: "" };

/** Creates an account (an editor by default) with a first password to hand over. */
export function CreateAccountForm() {
  const [draft, setDraft] = useState(EMPTY);
  const [error, setError] = useState<ActionError | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const set = (patch: Partial<typeof EMPTY>) => setDraft((d) => ({ ...d, ...patch }));

  function submit(e: React.FormEvent) {
    e.preventDefault();
    setSuccess(null);
    startTransition(async () => {
      const result = await createAccountAction(draft);
      if (result.ok) {
        setError(null);
        setDraft(EMPTY);
        setSuccess(`Created ${result.data.role} account ${result.data.email}. Hand the password over in person or by another channel.`);
      } else setError(result.error);
    });
  }

  return (
    <form className="stacked editor-form" onSubmit={submit} noValidate aria-label="Create an account">
      <FormMessage error={error} success={success} />
      <div className="form-row">
        <Field id="new-name" label="Name" error={error} field="name">
          <input id="new-name" value={draft.name} onChange={(e) => set({ name: e.target.value })} {...invalidProps(error, "name", "new-name")} />
        </Field>
        <Field id="new-email" label="Email" error={error} field="email">
          <input
            id="new-email"
            type="email"
            value={draft.email}
            onChange={(e) => set({ email: e.target.value })}
            {...invalidProps(error, "email", "new-email")}
          />
        </Field>
      </div>
      <div className="form-row">
        <Field id="new-role" label="Role" error={error} field="role">
          <select id="new-role" value={draft.role} onChange={(e) => set({ role: e.target.value as Role })} {...invalidProps(error, "role", "new-role")}>
            {ROLE_OPTIONS.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label}
              </option>
            ))}
          </select>
        </Field>
        <Field id="new-password" label="First password" hint={`(at least ${MIN_PASSWORD_LENGTH} characters)`} error={error} field="password">
          <input
            id="new-password"
            type="password"
            autoComplete="new-password"
            value={draft.password}
            onChange={(e) => set({ password: e.target.value })}
            {...invalidProps(error, "password", "new-password")}
          />
        </Field>
      </div>
      <div>
        <button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create account"}
        </button>
      </div>
    </form>
  );
}

/** One account's role, changed in place. */
export function RoleForm({ userId, email, role, self }: { userId: string; email: string; role: Role; self: boolean }) {
  const [value, setValue] = useState<Role>(role);
  const [error, setError] = useState<ActionError | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const id = `role-${userId}`;

  function submit(e: React.FormEvent) {
    e.preventDefault();
    setSuccess(null);
    startTransition(async () => {
      const result = await changeRoleAction({ userId, role: value });
      if (result.ok) {
        setError(null);
        setSuccess(`now ${result.data.to}`);
      } else setError(result.error);
    });
  }

  if (self) return <span className="muted small">{role} (your own account)</span>;
  return (
    <form className="inline-form" onSubmit={submit} aria-label={`Change the role of ${email}`}>
      <label htmlFor={id} className="sr-only">
        Role of {email}
      </label>
      <select id={id} value={value} onChange={(e) => setValue(e.target.value as Role)}>
        {ROLE_OPTIONS.map((r) => (
          <option key={r.value} value={r.value}>
            {r.value}
          </option>
        ))}
      </select>
      <button type="submit" className="secondary small-button" disabled={pending || value === role}>
        Change role
      </button>
      {error ? (
        <span className="field-error" role="alert">
          {error.message}
        </span>
      ) : success ? (
        <span className="small" role="status">
          {success}
        </span>
      ) : null}
    </form>
  );
}
