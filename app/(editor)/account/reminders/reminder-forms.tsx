"use client";
import { useState, useTransition } from "react";
import { Field, FormMessage, invalidProps } from "@/app/_components/editor/field";
import type { ActionError } from "@/lib/http/action-result";
import { followAction, subscribeAction, unfollowAction, unsubscribeAction } from "./actions";

/** Subscribe to the digest, change its address or scope, or stop it. */
export function SubscriptionForm({ initial }: { initial: { email: string; allDue: boolean; subscribed: boolean } }) {
  const [email, setEmail] = useState(initial.email);
  const [allDue, setAllDue] = useState(initial.allDue);
  const [error, setError] = useState<ActionError | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const save = (e: React.FormEvent) => {
    e.preventDefault();
    start(async () => {
      const r = await subscribeAction({ email, allDue });
      setError(r.ok ? null : r.error);
      setSuccess(r.ok ? `Digests go to ${r.data.email}.` : null);
    });
  };
  const stop = () =>
    start(async () => {
      const r = await unsubscribeAction();
      setError(r.ok ? null : r.error);
      setSuccess(r.ok ? "Reminders stopped." : null);
    });
  return (
    <form className="stacked editor-form" onSubmit={save} noValidate aria-label="Reminder digest">
      <FormMessage error={error} success={success} />
      <Field id="reminder-email" label="Send digests to" error={error} field="email">
        <input id="reminder-email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} {...invalidProps(error, "email", "reminder-email")} />
      </Field>
      <label className="checkbox">
        <input type="checkbox" checked={allDue} onChange={(e) => setAllDue(e.target.checked)} /> Every forecast that falls due (untick: only those of the
        sources I follow)
      </label>
      <div>
        <button type="submit" disabled={pending}>
          {initial.subscribed ? "Save" : "Subscribe"}
        </button>{" "}
        {initial.subscribed ? (
          <button type="button" onClick={stop} disabled={pending}>
            Stop reminders
          </button>
        ) : null}
      </div>
    </form>
  );
}

interface Choice {
  slug: string;
  name: string;
}

/** Follow a person or an outlet: new outcomes on their forecasts come in the digest. */
export function FollowForm({ people, outlets }: { people: Choice[]; outlets: Choice[] }) {
  const [value, setValue] = useState("");
  const [error, setError] = useState<ActionError | null>(null);
  const [pending, start] = useTransition();
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const [kind, slug] = value.split(":");
    start(async () => {
      const r = await followAction({ kind, slug });
      setError(r.ok ? null : r.error);
      if (r.ok) setValue("");
    });
  };
  return (
    <form className="editor-form" onSubmit={submit} aria-label="Follow a source">
      <FormMessage error={error} />
      <label>
        Follow{" "}
        <select value={value} onChange={(e) => setValue(e.target.value)} aria-label="Person or outlet to follow">
          <option value="">choose a person or an outlet</option>
          <optgroup label="People and institutions">
            {people.map((p) => (
              <option key={p.slug} value={`person:${p.slug}`}>
                {p.name}
              </option>
            ))}
          </optgroup>
          <optgroup label="Outlets">
            {outlets.map((o) => (
              <option key={o.slug} value={`outlet:${o.slug}`}>
                {o.name}
              </option>
            ))}
          </optgroup>
        </select>
      </label>{" "}
      <button type="submit" disabled={pending || !value}>
        Follow
      </button>
    </form>
  );
}

export function UnfollowButton({ id, name }: { id: number; name: string }) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        disabled={pending}
        aria-label={`Stop following ${name}`}
        onClick={() =>
          start(async () => {
            const r = await unfollowAction(id);
            setError(r.ok ? null : r.error.message);
          })
        }
      >
        Stop following
      </button>
      {error ? <span role="alert"> {error}</span> : null}
    </>
  );
}
