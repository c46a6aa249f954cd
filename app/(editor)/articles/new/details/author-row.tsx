"use client";
import { Field, invalidProps } from "@/app/_components/editor/field";
import type { ActionError } from "@/lib/http/action-result";
import { type AuthorDraft, type Choices, NEW } from "@/lib/intake/draft";

/** One author or translator: a person in the ledger or a new one. */
export function AuthorRow({
  i,
  author,
  onChange,
  onRemove,
  choices,
  error,
}: {
  i: number;
  author: AuthorDraft;
  onChange: (a: AuthorDraft) => void;
  onRemove: () => void;
  choices: Choices;
  error: ActionError | null;
}) {
  const id = `author-${i}`;
  const field = `article.authors.${i}.person`;
  return (
    <div className="intake-author" data-testid="author-row">
      <Field id={id} label={`Author ${i + 1}`} error={error} field={`${field}.slug`}>
        <select id={id} value={author.choice} onChange={(e) => onChange({ ...author, choice: e.target.value })} {...invalidProps(error, `${field}.slug`, id)}>
          {choices.people.map((p) => (
            <option key={p.slug} value={p.slug}>
              {p.name}
            </option>
          ))}
          <option value={NEW}>New person or institution…</option>
        </select>
      </Field>
      {author.choice === NEW ? (
        <>
          <Field id={`${id}-name`} label="Name" error={error} field={`${field}.name`}>
            <input
              id={`${id}-name`}
              value={author.name}
              onChange={(e) => onChange({ ...author, name: e.target.value })}
              {...invalidProps(error, `${field}.name`, `${id}-name`)}
            />
          </Field>
          <Field id={`${id}-kind`} label="Kind" error={error} field={`${field}.kind`}>
            <select id={`${id}-kind`} value={author.kind} onChange={(e) => onChange({ ...author, kind: e.target.value as AuthorDraft["kind"] })}>
              <option value="person">person</option>
              <option value="institution">institution</option>
            </select>
          </Field>
        </>
      ) : null}
      <Field id={`${id}-role`} label="Role" error={error} field={`article.authors.${i}.role`}>
        <select id={`${id}-role`} value={author.role} onChange={(e) => onChange({ ...author, role: e.target.value as AuthorDraft["role"] })}>
          <option value="author">author</option>
          <option value="translator">translator</option>
        </select>
      </Field>
      <button type="button" className="secondary small-button" onClick={onRemove}>
        Remove author {i + 1}
      </button>
    </div>
  );
}
