"use client";
import { Field, invalidProps } from "@/app/_components/editor/field";
import type { ActionError } from "@/lib/http/action-result";
import { type Choices, NEW, type OutletDraft } from "@/lib/intake/draft";

/** An outlet: none, one in the ledger, or a new one with its site. */
export function OutletField({
  id,
  label,
  value,
  onChange,
  choices,
  error,
  field,
  hint,
}: {
  id: string;
  label: string;
  value: OutletDraft;
  onChange: (v: OutletDraft) => void;
  choices: Choices;
  error: ActionError | null;
  field: string;
  hint?: string;
}) {
  return (
    <div className="intake-outlet">
      <Field id={id} label={label} error={error} field={`${field}.slug`}>
        <select id={id} value={value.choice} onChange={(e) => onChange({ ...value, choice: e.target.value })} {...invalidProps(error, `${field}.slug`, id)}>
          <option value="">{hint ?? "not named in the text"}</option>
          {choices.outlets.map((o) => (
            <option key={o.slug} value={o.slug}>
              {o.name}
            </option>
          ))}
          <option value={NEW}>New outlet…</option>
        </select>
      </Field>
      {value.choice === NEW ? (
        <div className="form-row">
          <Field id={`${id}-name`} label="New outlet's name" error={error} field={`${field}.name`}>
            <input
              id={`${id}-name`}
              value={value.name}
              onChange={(e) => onChange({ ...value, name: e.target.value })}
              {...invalidProps(error, `${field}.name`, `${id}-name`)}
            />
          </Field>
          <Field id={`${id}-site`} label="Its site" hint="(optional)" error={error} field={`${field}.site`}>
            <input id={`${id}-site`} value={value.site} placeholder="example.org" onChange={(e) => onChange({ ...value, site: e.target.value })} />
          </Field>
        </div>
      ) : null}
    </div>
  );
}
