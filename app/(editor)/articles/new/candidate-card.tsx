"use client";
/** One candidate forecast: its words, the fields the ledger needs (pre-filled), Accept and Reject. */
import { useState } from "react";
import type { ActionError } from "@/lib/action-result";
import { type ArticleDraft, type CandidateDraft, type Choices, type FieldProblem, LEXICON_OPTIONS, lexiconSummary, NEW } from "@/lib/intake/draft";
import { Field, FieldError, invalidProps } from "../../_components/field";

const STATUS_LABEL: Record<CandidateDraft["status"], string> = { pending: "to review", accepted: "accepted", rejected: "rejected" };
const ATTRIBUTION_LABEL = { own: "the author's own claim", quoted: "quoted (in quotation marks)", reported: "reported (paraphrase, indirect speech)" } as const;

function authorName(article: ArticleDraft, choices: Choices, i: number): string {
  const a = article.authors[i];
  if (!a) return "?";
  return a.choice === NEW ? a.name || "new author" : choices.people.find((p) => p.slug === a.choice)?.name ?? a.choice;
}

function forecasterLabel(d: CandidateDraft, article: ArticleDraft, choices: Choices): string {
  if (d.forecaster.startsWith("author:")) return authorName(article, choices, Number(d.forecaster.slice(7)));
  if (d.forecaster.startsWith("person:")) return choices.people.find((p) => p.slug === d.forecaster.slice(7))?.name ?? d.forecaster.slice(7);
  if (d.forecaster === NEW) return d.forecasterName || "new person";
  return "not chosen";
}

/** One line on what the draft says, for a closed card. */
function summary(d: CandidateDraft, article: ArticleDraft, choices: Choices): string {
  const p = d.probabilitySource === "stated" ? `stated ${d.statedPercent || "?"}%` : d.lexiconClass ? `${d.lexiconClass.toLowerCase().replace(/_/g, " ")} ${lexiconSummary(d.lexiconClass)}` : "class not chosen";
  const deadline = d.deadlineBasis === "none" ? "no deadline" : `deadline ${d.deadline || "?"} (${d.deadlineBasis})`;
  return [forecasterLabel(d, article, choices), p, deadline, d.polarity === "negative" ? "says it will not happen" : null, d.condition ? "conditional" : null].filter(Boolean).join(" · ");
}

export function CandidateCard({
  draft: d,
  article,
  choices,
  newTopics,
  language,
  open,
  focused,
  problems,
  onChange,
  onOpen,
  onAccept,
  onReject,
  onFocus,
}: {
  draft: CandidateDraft;
  article: ArticleDraft;
  choices: Choices;
  /** Topics other candidates added that do not exist yet, offered here too. */
  newTopics: string[];
  language: string;
  open: boolean;
  focused: boolean;
  /** This candidate's field errors, from the Accept check or from the server. */
  problems: FieldProblem[];
  onChange: (patch: Partial<CandidateDraft>) => void;
  onOpen: () => void;
  onAccept: () => void;
  onReject: () => void;
  onFocus: () => void;
}) {
  const [newTopic, setNewTopic] = useState("");
  const id = (f: string) => `c${d.uid}-${f}`;
  const error: ActionError | null = problems.length ? { code: "unprocessable", message: "", fields: problems } : null;
  const topicName = (t: string) => choices.topics.find((x) => x.slug === t)?.name ?? `${t} (new)`;
  const addTopic = (t: string) => {
    const v = t.trim();
    if (v && !d.topics.includes(v)) onChange({ topics: [...d.topics, v] });
  };
  const madeOnDefault = article.firstPublishedOn || article.publishedOn;

  return (
    <li className={`candidate candidate-${d.status}${focused ? " candidate-focused" : ""}`} id={`card-${d.uid}`} data-testid="candidate" data-status={d.status} aria-label={`Candidate ${d.n}`}>
      <div className="candidate-head">
        <button type="button" className="candidate-number" onClick={onFocus} title="Show it in the text" aria-label={`Show candidate ${d.n} in the text`}>
          {d.n}
        </button>
        <span className={`badge status-${d.status}`}>{STATUS_LABEL[d.status]}</span>
        {d.origin === "selection" ? <span className="badge">added by you</span> : d.score !== null ? <span className="small muted" title={d.reasons.join("; ")}>assistant confidence {Math.round(d.score * 100)}%</span> : null}
      </div>
      <blockquote className="quote candidate-quote" lang={language} onClick={onFocus}>
        {d.quote}
      </blockquote>
      {!open ? (
        <>
          <p className="small muted candidate-summary">{d.question ? <strong className="candidate-question">{d.question} </strong> : null}{summary(d, article, choices)}</p>
          {problems.length ? <p className="field-error">{problems.length === 1 ? problems[0]!.message : `${problems.length} fields need attention`}</p> : null}
          <div className="inline-form">
            {d.status === "pending" ? (
              <>
                <button type="button" onClick={onOpen}>
                  Review candidate {d.n}
                </button>
                <button type="button" className="secondary" onClick={onReject}>
                  Reject candidate {d.n}
                </button>
              </>
            ) : (
              <button type="button" className="secondary" onClick={onOpen}>
                {d.status === "rejected" ? `Reconsider candidate ${d.n}` : `Edit candidate ${d.n}`}
              </button>
            )}
          </div>
        </>
      ) : (
        <div className="candidate-fields editor-form">
          <div className="form-row">
            <Field id={id("forecaster")} label="Forecaster" error={error} field="forecaster">
              <select id={id("forecaster")} value={d.forecaster} onChange={(e) => onChange({ forecaster: e.target.value, attribution: e.target.value.startsWith("author:") ? "own" : d.attribution === "own" ? "reported" : d.attribution })} {...invalidProps(error, "forecaster", id("forecaster"))}>
                <option value="">choose…</option>
                {article.authors.map((_, i) => (
                  <option key={`a${i}`} value={`author:${i}`}>
                    {authorName(article, choices, i)} (author)
                  </option>
                ))}
                {choices.people.map((p) => (
                  <option key={p.slug} value={`person:${p.slug}`}>
                    {p.name}
                  </option>
                ))}
                <option value={NEW}>New person or institution…</option>
              </select>
              <FieldError error={error} field="forecaster.slug" id={`${id("forecaster")}-slug`} />
            </Field>
            <Field id={id("attribution")} label="Attribution" error={error} field="attribution">
              <select id={id("attribution")} value={d.attribution} onChange={(e) => onChange({ attribution: e.target.value as CandidateDraft["attribution"] })}>
                {Object.entries(ATTRIBUTION_LABEL).map(([v, l]) => (
                  <option key={v} value={v}>
                    {l}
                  </option>
                ))}
              </select>
            </Field>
          </div>
          {d.forecaster === NEW ? (
            <div className="form-row">
              <Field id={id("forecaster-name")} label="New forecaster's name" error={error} field="forecaster.name">
                <input id={id("forecaster-name")} value={d.forecasterName} onChange={(e) => onChange({ forecasterName: e.target.value })} {...invalidProps(error, "forecaster.name", id("forecaster-name"))} />
              </Field>
              <Field id={id("forecaster-kind")} label="Kind" error={error} field="forecaster.kind">
                <select id={id("forecaster-kind")} value={d.forecasterKind} onChange={(e) => onChange({ forecasterKind: e.target.value as CandidateDraft["forecasterKind"] })}>
                  <option value="person">person</option>
                  <option value="institution">institution</option>
                </select>
              </Field>
            </div>
          ) : null}
          <FieldError error={error} field="quote" id={id("quote")} />
          <Field id={id("question")} label="Question" hint="(English, yes/no, about the event defined positively)" error={error} field="question">
            <input id={id("question")} value={d.question} placeholder="Will … by …?" onChange={(e) => onChange({ question: e.target.value })} {...invalidProps(error, "question", id("question"))} />
          </Field>
          <div className="form-row">
            <Field id={id("polarity")} label="Polarity" error={error} field="polarity">
              <select id={id("polarity")} value={d.polarity} onChange={(e) => onChange({ polarity: e.target.value as CandidateDraft["polarity"] })}>
                <option value="positive">positive: it will happen</option>
                <option value="negative">negative: it will not happen</option>
              </select>
            </Field>
            <Field id={id("condition")} label="Condition" hint="(if conditional)" error={error} field="condition">
              <input id={id("condition")} lang={language} value={d.condition} onChange={(e) => onChange({ condition: e.target.value })} {...invalidProps(error, "condition", id("condition"))} />
            </Field>
          </div>
          <Field id={id("resolution")} label="Resolution criteria" error={error} field="resolutionCriteria">
            <textarea id={id("resolution")} rows={2} value={d.resolutionCriteria} placeholder="YES if … NO otherwise." onChange={(e) => onChange({ resolutionCriteria: e.target.value })} {...invalidProps(error, "resolutionCriteria", id("resolution"))} />
          </Field>
          <fieldset>
            <legend>Probability</legend>
            <div className="form-row">
              <Field id={id("psource")} label="Given as" error={error} field="probability.source">
                <select id={id("psource")} value={d.probabilitySource} onChange={(e) => onChange({ probabilitySource: e.target.value as CandidateDraft["probabilitySource"] })}>
                  <option value="lexicon">words (lexicon class)</option>
                  <option value="stated">a number in the text</option>
                </select>
              </Field>
              <Field id={id("expression")} label="Likelihood words" hint="(verbatim, in the quote)" error={error} field="probability.expression">
                <input id={id("expression")} lang={language} value={d.expression} onChange={(e) => onChange({ expression: e.target.value })} {...invalidProps(error, "probability.expression", id("expression"))} />
              </Field>
            </div>
            {d.probabilitySource === "lexicon" ? (
              <Field id={id("class")} label="Lexicon class" error={error} field="probability.class">
                <select id={id("class")} value={d.lexiconClass} onChange={(e) => onChange({ lexiconClass: e.target.value as CandidateDraft["lexiconClass"] })} {...invalidProps(error, "probability.class", id("class"))}>
                  <option value="">choose…</option>
                  {LEXICON_OPTIONS.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              </Field>
            ) : (
              <Field id={id("stated")} label="Stated probability (%)" error={error} field="probability.value">
                <input id={id("stated")} inputMode="decimal" value={d.statedPercent} onChange={(e) => onChange({ statedPercent: e.target.value })} {...invalidProps(error, "probability.value", id("stated"))} />
              </Field>
            )}
            <FieldError error={error} field="probability" id={id("probability")} />
          </fieldset>
          <fieldset>
            <legend>When</legend>
            <div className="form-row">
              <Field id={id("made-on")} label="Made on" hint={madeOnDefault ? `(empty: ${madeOnDefault})` : "(the article has no date)"} error={error} field="madeOn">
                <input id={id("made-on")} type="date" value={d.madeOn} onChange={(e) => onChange({ madeOn: e.target.value })} {...invalidProps(error, "madeOn", id("made-on"))} />
              </Field>
              <Field id={id("made-on-basis")} label="Made-on basis" error={error} field="madeOnBasis">
                <select id={id("made-on-basis")} value={d.madeOnBasis} onChange={(e) => onChange({ madeOnBasis: e.target.value as CandidateDraft["madeOnBasis"] })} {...invalidProps(error, "madeOnBasis", id("made-on-basis"))}>
                  <option value="">from the article's date</option>
                  <option value="published">the date on the page</option>
                  <option value="first_published">first publication</option>
                  <option value="statement">when the forecaster said it</option>
                  <option value="inferred">inferred from the text</option>
                </select>
              </Field>
            </div>
            {d.madeOnBasis === "inferred" || d.madeOnBasis === "statement" ? (
              <Field id={id("made-on-note")} label="How the date was found" error={error} field="madeOnNote">
                <input id={id("made-on-note")} value={d.madeOnNote} onChange={(e) => onChange({ madeOnNote: e.target.value })} {...invalidProps(error, "madeOnNote", id("made-on-note"))} />
              </Field>
            ) : null}
            <div className="form-row">
              <Field id={id("deadline-basis")} label="Deadline basis" error={error} field="deadlineBasis">
                <select id={id("deadline-basis")} value={d.deadlineBasis} onChange={(e) => onChange({ deadlineBasis: e.target.value as CandidateDraft["deadlineBasis"] })}>
                  <option value="stated">stated in the text</option>
                  <option value="inferred">inferred (a default horizon)</option>
                  <option value="none">none</option>
                </select>
              </Field>
              {d.deadlineBasis !== "none" ? (
                <Field id={id("deadline")} label="Deadline" error={error} field="deadline">
                  <input id={id("deadline")} type="date" value={d.deadline} onChange={(e) => onChange({ deadline: e.target.value })} {...invalidProps(error, "deadline", id("deadline"))} />
                </Field>
              ) : null}
            </div>
            {d.deadlineBasis !== "stated" ? (
              <Field id={id("deadline-note")} label={d.deadlineBasis === "none" ? "Why there is no deadline" : "How the deadline was inferred"} error={error} field="deadlineNote">
                <input id={id("deadline-note")} value={d.deadlineNote} onChange={(e) => onChange({ deadlineNote: e.target.value })} {...invalidProps(error, "deadlineNote", id("deadline-note"))} />
              </Field>
            ) : null}
          </fieldset>
          <fieldset>
            <legend>Topics and shared event</legend>
            <ul className="chips" aria-label={`Topics of candidate ${d.n}`}>
              {d.topics.map((t) => (
                <li key={t} className="chip">
                  {topicName(t)}{" "}
                  <button type="button" className="chip-remove" aria-label={`Remove topic ${topicName(t)}`} onClick={() => onChange({ topics: d.topics.filter((x) => x !== t) })}>
                    ×
                  </button>
                </li>
              ))}
            </ul>
            <div className="form-row">
              <Field id={id("topic")} label="Add a topic" error={error} field="topics">
                <select id={id("topic")} value="" onChange={(e) => addTopic(e.target.value)} {...invalidProps(error, "topics", id("topic"))}>
                  <option value="">choose…</option>
                  {choices.topics
                    .filter((t) => !d.topics.includes(t.slug))
                    .map((t) => (
                      <option key={t.slug} value={t.slug}>
                        {t.name}
                      </option>
                    ))}
                  {newTopics
                    .filter((t) => !d.topics.includes(t))
                    .map((t) => (
                      <option key={`new-${t}`} value={t}>
                        {t} (new)
                      </option>
                    ))}
                </select>
              </Field>
              <Field id={id("new-topic")} label="Or a new topic" error={null} field="">
                <span className="inline-form">
                  <input id={id("new-topic")} value={newTopic} onChange={(e) => setNewTopic(e.target.value)} />
                  <button
                    type="button"
                    className="secondary small-button"
                    onClick={() => {
                      addTopic(newTopic);
                      setNewTopic("");
                    }}
                  >
                    Add
                  </button>
                </span>
              </Field>
              <Field id={id("event")} label="Shared event" hint="(optional)" error={error} field="event.slug">
                <select id={id("event")} value={d.event} onChange={(e) => onChange({ event: e.target.value })} {...invalidProps(error, "event.slug", id("event"))}>
                  <option value="">none</option>
                  {choices.events.map((ev) => (
                    <option key={ev.slug} value={ev.slug}>
                      {ev.title}
                    </option>
                  ))}
                  <option value={NEW}>New shared event…</option>
                </select>
              </Field>
            </div>
            {d.event === NEW ? (
              <Field id={id("event-title")} label="New event's title" error={error} field="event.title">
                <input id={id("event-title")} value={d.eventTitle} onChange={(e) => onChange({ eventTitle: e.target.value })} {...invalidProps(error, "event.title", id("event-title"))} />
                <FieldError error={error} field="event" id={`${id("event-title")}-event`} />
              </Field>
            ) : null}
          </fieldset>
          <div className="inline-form">
            <button type="button" onClick={onAccept}>
              Accept candidate {d.n}
            </button>
            <button type="button" className="secondary" onClick={onReject}>
              Reject candidate {d.n}
            </button>
          </div>
        </div>
      )}
    </li>
  );
}
