"use client";
/**
 * One candidate forecast: its words, the fields the ledger needs (pre-filled by the assistant, in
 * the parts under ./candidate/), Accept and Reject.
 */
import type { ActionError } from "@/lib/http/action-result";
import type { ArticleDraft, CandidateDraft, Choices, FieldProblem } from "@/lib/intake/draft";
import { ForecasterFields } from "./candidate/forecaster-fields";
import { draftSummary } from "./candidate/labels";
import { ProbabilityFields } from "./candidate/probability-fields";
import { QuestionFields } from "./candidate/question-fields";
import { TopicFields } from "./candidate/topic-fields";
import { WhenFields } from "./candidate/when-fields";
import { CandidateReason } from "./candidate-reason";

const STATUS_LABEL: Record<CandidateDraft["status"], string> = { pending: "to review", accepted: "accepted", rejected: "rejected" };

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
  const id = (f: string) => `c${d.uid}-${f}`;
  const error: ActionError | null = problems.length ? { code: "unprocessable", message: "", fields: problems } : null;
  const part = { d, onChange, error, id, language };
  const madeOnDefault = article.firstPublishedOn || article.publishedOn;

  return (
    <li
      className={`candidate candidate-${d.status}${focused ? " candidate-focused" : ""}`}
      id={`card-${d.uid}`}
      data-testid="candidate"
      data-status={d.status}
      aria-label={`Candidate ${d.n}`}
    >
      <div className="candidate-head">
        <button type="button" className="candidate-number" onClick={onFocus} title="Show it in the text" aria-label={`Show candidate ${d.n} in the text`}>
          {d.n}
        </button>
        <span className={`badge status-${d.status}`}>{STATUS_LABEL[d.status]}</span>
        {d.origin === "selection" ? (
          <span className="badge">added by you</span>
        ) : d.score !== null ? (
          <span className="small muted" title={d.reasons.join("; ")}>
            assistant confidence {Math.round(d.score * 100)}%
          </span>
        ) : null}
      </div>
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: a mouse shortcut for the numbered button above */}
      <blockquote className="quote candidate-quote" lang={language} onClick={onFocus}>
        {d.quote}
      </blockquote>
      <CandidateReason reason={d.reason} cues={d.cues} />
      {!open ? (
        <>
          <p className="small muted candidate-summary">
            {d.question ? <strong className="candidate-question">{d.question} </strong> : null}
            {draftSummary(d, article, choices)}
          </p>
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
          <ForecasterFields {...part} article={article} choices={choices} />
          <QuestionFields {...part} />
          <ProbabilityFields {...part} />
          <WhenFields {...part} madeOnDefault={madeOnDefault} />
          <TopicFields {...part} choices={choices} newTopics={newTopics} />
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
