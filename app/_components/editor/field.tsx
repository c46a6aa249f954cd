"use client";
/** Form field plumbing shared by the editor forms: error text tied to its input for screen readers. */
import Link from "next/link";
import type { ReactNode } from "react";
import { type ActionError, fieldMessage } from "@/lib/http/action-result";

/** aria props for an input whose errors are reported under `field`. */
export function invalidProps(error: ActionError | null, field: string, id: string) {
  const message = fieldMessage(error, field);
  return message ? { "aria-invalid": true as const, "aria-describedby": `${id}-error` } : {};
}

export function FieldError({ error, field, id }: { error: ActionError | null; field: string; id: string }) {
  const message = fieldMessage(error, field);
  return message ? (
    <span className="field-error" id={`${id}-error`}>
      {message}
    </span>
  ) : null;
}

/**
 * A labelled field: the label (with an optional hint), the control, and its error below. The
 * error sits outside the label so it never becomes part of the control's name; it reaches
 * assistive technology as the control's description (aria-describedby).
 */
export function Field({
  id,
  label,
  hint,
  error,
  field,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error: ActionError | null;
  field: string;
  children: ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {hint ? <span className="muted"> {hint}</span> : null}
      </label>
      {children}
      <FieldError error={error} field={field} id={id} />
    </div>
  );
}

/** The form-level answer: what went wrong (or right), in words. */
export function FormMessage({
  error,
  success,
  successHref,
  children,
}: {
  error: ActionError | null;
  success?: string | null;
  /** Where the saved record can be seen: a link after the confirmation. */
  successHref?: string;
  children?: ReactNode;
}) {
  if (error) {
    // Field errors are shown beside their fields; the summary counts them in words (the API's
    // message names fields by their JSON paths, which mean little on a form).
    const n = error.code === "unprocessable" && error.fields?.length ? new Set(error.fields.map((f) => f.field)).size : 0;
    const marked = error.fields?.every((f) => f.field === "input")
      ? error.message
      : `Nothing was saved: please correct ${n === 1 ? "the marked field" : `the ${n} marked fields`}.`;
    return (
      <div className="error-box" role="alert">
        {n ? marked : error.message}
        {children}
      </div>
    );
  }
  return success ? (
    <p className="success-box" role="status">
      {success}
      {successHref ? (
        <>
          {" "}
          <Link href={successHref}>See it in the history</Link>
        </>
      ) : null}
    </p>
  ) : null;
}
