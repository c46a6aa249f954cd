"use client";
/** Step 1 of the intake: the article's text (pasted or from a file) and who published it, when. */
import { useState } from "react";
import { Field, invalidProps } from "@/app/_components/editor/field";
import type { ActionError } from "@/lib/http/action-result";
import { type ArticleDraft, type Choices, NEW } from "@/lib/intake/draft";
import { LANGUAGE_LABEL, LANGUAGES } from "@/lib/vocabulary";
import { convertFileAction } from "./actions";
import { AuthorRow } from "./details/author-row";
import { OutletField } from "./details/outlet-field";

const ACCEPT = ".txt,.md,.html,.htm";

export function ArticleDetails({
  article,
  onChange,
  choices,
  error,
  busy,
  onSubmit,
}: {
  article: ArticleDraft;
  onChange: (a: ArticleDraft) => void;
  choices: Choices;
  error: ActionError | null;
  busy: boolean;
  onSubmit: () => void;
}) {
  const [fileError, setFileError] = useState<ActionError | null>(null);
  const [reading, setReading] = useState(false);
  const set = <K extends keyof ArticleDraft>(key: K, value: ArticleDraft[K]) => onChange({ ...article, [key]: value });

  async function onFile(file: File | undefined) {
    if (!file) return;
    setReading(true);
    setFileError(null);
    // Read in the browser; the server converts HTML and markdown to the plain text the ledger keeps.
    try {
      const content = await file.text();
      const res = await convertFileAction({ fileName: file.name, content });
      if (!res.ok) return setFileError(res.error);
      onChange({ ...article, text: res.data.text, sourceFile: file.name, title: article.title || res.data.title || "" });
    } catch {
      setFileError({
        code: "internal",
        message: `“${file.name}” could not be read or converted (too large, or the connection failed). Paste its text instead.`,
      });
    } finally {
      setReading(false);
    }
  }

  const addAuthor = () => set("authors", [...article.authors, { choice: choices.people[0]?.slug ?? NEW, name: "", kind: "person", role: "author" }]);

  return (
    <form
      className="stacked editor-form intake-details"
      aria-label="Article"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <fieldset>
        <legend>The text</legend>
        <Field id="article-file" label="Upload a file" hint="(.txt, .md or .html; it replaces the text below)" error={fileError} field="file">
          <input
            id="article-file"
            type="file"
            accept={ACCEPT}
            onChange={(e) => void onFile(e.target.files?.[0])}
            {...invalidProps(fileError, "file", "article-file")}
          />
        </Field>
        {fileError && !fileError.fields?.length ? <p className="field-error">{fileError.message}</p> : null}
        {reading ? (
          <p className="small muted">Reading the file…</p>
        ) : article.sourceFile ? (
          <p className="small muted">Text from {article.sourceFile}; you can still edit it.</p>
        ) : null}
        <Field id="article-text" label="Article text" error={error} field="article.body">
          <textarea
            id="article-text"
            rows={14}
            value={article.text}
            onChange={(e) => set("text", e.target.value)}
            required
            {...invalidProps(error, "article.body", "article-text")}
          />
        </Field>
      </fieldset>
      <fieldset>
        <legend>Who published it, and when</legend>
        <Field id="article-title" label="Title" error={error} field="article.title">
          <input
            id="article-title"
            value={article.title}
            onChange={(e) => set("title", e.target.value)}
            required
            {...invalidProps(error, "article.title", "article-title")}
          />
        </Field>
        <div className="form-row">
          <OutletField
            id="article-outlet"
            label="Outlet"
            value={article.outlet}
            onChange={(v) => set("outlet", v)}
            choices={choices}
            error={error}
            field="article.outlet"
          />
          <Field id="article-url" label="URL" hint="(optional)" error={error} field="article.url">
            <input
              id="article-url"
              type="url"
              inputMode="url"
              placeholder="https://…"
              value={article.url}
              onChange={(e) => set("url", e.target.value)}
              {...invalidProps(error, "article.url", "article-url")}
            />
          </Field>
        </div>
        <div className="form-row">
          <Field id="article-published" label="Date on the page" error={error} field="article.publishedOn">
            <input
              id="article-published"
              type="date"
              value={article.publishedOn}
              onChange={(e) => set("publishedOn", e.target.value)}
              {...invalidProps(error, "article.publishedOn", "article-published")}
            />
          </Field>
          <Field id="article-first-published" label="First published" hint="(only if earlier)" error={error} field="article.firstPublishedOn">
            <input
              id="article-first-published"
              type="date"
              value={article.firstPublishedOn}
              onChange={(e) => set("firstPublishedOn", e.target.value)}
              {...invalidProps(error, "article.firstPublishedOn", "article-first-published")}
            />
          </Field>
          <Field id="article-language" label="Language" error={error} field="article.language">
            <select
              id="article-language"
              value={article.language}
              onChange={(e) => set("language", e.target.value as ArticleDraft["language"])}
              {...invalidProps(error, "article.language", "article-language")}
            >
              <option value="">detect from the text</option>
              {LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {LANGUAGE_LABEL[l]}
                </option>
              ))}
            </select>
          </Field>
        </div>
        {article.firstPublishedOn ? (
          <OutletField
            id="article-original-outlet"
            label="Where it first appeared"
            hint="unknown"
            value={article.originalOutlet}
            onChange={(v) => set("originalOutlet", v)}
            choices={choices}
            error={error}
            field="article.originalOutlet"
          />
        ) : null}
        <div className="intake-authors">
          {article.authors.length === 0 ? <p className="small muted">No author named (an unsigned text). Add the authors the page names.</p> : null}
          {article.authors.map((a, i) => (
            <AuthorRow
              key={i}
              i={i}
              author={a}
              choices={choices}
              error={error}
              onChange={(next) =>
                set(
                  "authors",
                  article.authors.map((x, j) => (j === i ? next : x)),
                )
              }
              onRemove={() =>
                set(
                  "authors",
                  article.authors.filter((_, j) => j !== i),
                )
              }
            />
          ))}
          <button type="button" className="secondary small-button" onClick={addAuthor}>
            Add author
          </button>
        </div>
      </fieldset>
      <div>
        <button type="submit" disabled={busy || reading || article.text.trim() === ""}>
          {busy ? "Looking for forecasts…" : "Find forecasts"}
        </button>
      </div>
    </form>
  );
}
