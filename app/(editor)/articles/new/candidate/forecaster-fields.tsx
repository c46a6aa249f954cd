"use client";
import { Field, FieldError, invalidProps } from "@/app/_components/editor/field";
/** Who made the candidate forecast, and how the article attributes it. */
import { type ArticleDraft, type Choices, type ForecasterChoice, forecasterOptionValue, NEW, parseForecasterOption } from "@/lib/intake/draft";
import { ATTRIBUTIONS, type Attribution, PERSON_KIND_LABEL, PERSON_KINDS } from "@/lib/vocabulary";
import { authorName } from "./labels";
import type { PartProps } from "./part-props";

const ATTRIBUTION_HELP: Record<Attribution, string> = {
  own: "the author's own claim",
  quoted: "quoted (in quotation marks)",
  reported: "reported (paraphrase, indirect speech)",
};

export function ForecasterFields({ d, onChange, error, id, article, choices }: PartProps & { article: ArticleDraft; choices: Choices }) {
  // Choosing an author makes it their own claim; leaving an author makes an "own" attribution reported.
  const chooseForecaster = (forecaster: ForecasterChoice) =>
    onChange({ forecaster, attribution: forecaster.kind === "author" ? "own" : d.attribution === "own" ? "reported" : d.attribution });
  return (
    <>
      <div className="form-row">
        <Field id={id("forecaster")} label="Forecaster" error={error} field="forecaster">
          <select
            id={id("forecaster")}
            value={forecasterOptionValue(d.forecaster)}
            onChange={(e) => chooseForecaster(parseForecasterOption(e.target.value))}
            {...invalidProps(error, "forecaster", id("forecaster"))}
          >
            <option value="">choose…</option>
            {article.authors.map((_, i) => (
              <option key={`a${i}`} value={forecasterOptionValue({ kind: "author", index: i })}>
                {authorName(article, choices, i)} (author)
              </option>
            ))}
            {choices.people.map((p) => (
              <option key={p.slug} value={forecasterOptionValue({ kind: "person", slug: p.slug })}>
                {p.name}
              </option>
            ))}
            <option value={NEW}>New person or institution…</option>
          </select>
          <FieldError error={error} field="forecaster.slug" id={`${id("forecaster")}-slug`} />
        </Field>
        <Field id={id("attribution")} label="Attribution" error={error} field="attribution">
          <select id={id("attribution")} value={d.attribution} onChange={(e) => onChange({ attribution: e.target.value as PartProps["d"]["attribution"] })}>
            {ATTRIBUTIONS.map((v) => (
              <option key={v} value={v}>
                {ATTRIBUTION_HELP[v]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {d.forecaster.kind === "new" ? (
        <div className="form-row">
          <Field id={id("forecaster-name")} label="New forecaster's name" error={error} field="forecaster.name">
            <input
              id={id("forecaster-name")}
              value={d.forecasterName}
              onChange={(e) => onChange({ forecasterName: e.target.value })}
              {...invalidProps(error, "forecaster.name", id("forecaster-name"))}
            />
          </Field>
          <Field id={id("forecaster-kind")} label="Kind" error={error} field="forecaster.kind">
            <select
              id={id("forecaster-kind")}
              value={d.forecasterKind}
              onChange={(e) => onChange({ forecasterKind: e.target.value as PartProps["d"]["forecasterKind"] })}
            >
              {PERSON_KINDS.map((k) => (
                <option key={k} value={k}>
                  {PERSON_KIND_LABEL[k]}
                </option>
              ))}
            </select>
          </Field>
        </div>
      ) : null}
    </>
  );
}
