"use client";
/**
 * The intake, in two steps: (1) the article's text and details; (2) the assistant's candidates
 * beside the highlighted text, each to accept (after filling in what the ledger needs) or
 * reject, plus forecasts added from a text selection. Saving sends the article and the accepted
 * forecasts together; the server validates everything and writes it in one transaction.
 */
import { useRouter } from "next/navigation";
import { useCallback, useMemo, useState } from "react";
import type { ActionError, ActionResult } from "@/lib/http/action-result";
import {
  type ArticleDraft,
  type CandidateDraft,
  type Choices,
  candidateFromExtraction,
  candidateFromSelection,
  draftProblems,
  EMPTY_ARTICLE,
  errorsFor,
  type FieldProblem,
  toSubmission,
} from "@/lib/intake/draft";
import { saveArticleAction } from "./actions";
import { ArticleDetails } from "./article-details";
import { ArticleText } from "./article-text";
import { CandidateCard } from "./candidate-card";
import { type Extraction, extract } from "./review/extract-request";
import { ReviewSummary } from "./review/review-summary";
import { SaveBar } from "./review/save-bar";

export function IntakeForm({ choices, today }: { choices: Choices; today: string }) {
  const router = useRouter();
  const [step, setStep] = useState<"details" | "review">("details");
  const [article, setArticle] = useState<ArticleDraft>(EMPTY_ARTICLE);
  const [extractedText, setExtractedText] = useState<string | null>(null);
  const [extraction, setExtraction] = useState<Omit<Extraction, "candidates"> | null>(null);
  const [candidates, setCandidates] = useState<CandidateDraft[]>([]);
  const [open, setOpen] = useState<string | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const [localProblems, setLocalProblems] = useState<Record<string, FieldProblem[]>>({});
  const [serverError, setServerError] = useState<{ error: ActionError; uids: string[] } | null>(null);
  const [detailsError, setDetailsError] = useState<ActionError | null>(null);
  const [busy, setBusy] = useState<"extract" | "select" | "save" | null>(null);
  const [selection, setSelection] = useState<{ start: number; end: number } | null>(null);
  const [nextUid, setNextUid] = useState(1);

  const referenceDate = article.firstPublishedOn || article.publishedOn || today;
  const newTopics = useMemo(
    () => [...new Set(candidates.flatMap((c) => c.topics))].filter((t) => !choices.topics.some((x) => x.slug === t)),
    [candidates, choices.topics],
  );
  const counts = useMemo(
    () => ({ pending: candidates.filter((c) => c.status === "pending").length, accepted: candidates.filter((c) => c.status === "accepted").length }),
    [candidates],
  );

  async function findForecasts() {
    setDetailsError(null);
    if (extractedText === article.text && candidates.length) {
      // Same text: keep the review as it was (only the details changed).
      setStep("review");
      window.scrollTo({ top: 0 });
      return;
    }
    if (
      candidates.some((c) => c.status === "accepted") &&
      !window.confirm("The text changed: the candidates will be found again and your reviews of them discarded. Continue?")
    )
      return;
    setBusy("extract");
    const res = await extract({ text: article.text, language: article.language || null, referenceDate });
    setBusy(null);
    if (!res.ok)
      return setDetailsError(
        res.error.fields?.some((f) => f.field === "language")
          ? { ...res.error, fields: res.error.fields.map((f) => ({ ...f, field: `article.${f.field}` })) }
          : res.error,
      );
    const { candidates: found, ...info } = res.data;
    // The server normalised line endings; offsets refer to its text, which becomes the article's.
    const text = article.text.replace(/\r\n?/g, "\n");
    setArticle((a) => ({ ...a, text }));
    setExtractedText(text);
    setExtraction(info);
    // Numbered in the order of the text, not of the assistant's confidence.
    const drafts = [...found].sort((a, b) => a.start - b.start).map((c, i) => candidateFromExtraction(c, i + 1, `a${i + 1}`, article, choices));
    setCandidates(drafts);
    setNextUid(drafts.length + 1);
    setOpen(null);
    setFocused(null);
    setLocalProblems({});
    setServerError(null);
    setStep("review");
    window.scrollTo({ top: 0 });
  }

  const update = (uid: string, patch: Partial<CandidateDraft>) => setCandidates((cs) => cs.map((c) => (c.uid === uid ? { ...c, ...patch } : c)));

  const focus = useCallback((uid: string, scroll: "text" | "card") => {
    setFocused(uid);
    const el = document.getElementById(scroll === "text" ? `mark-${uid}` : `card-${uid}`);
    el?.scrollIntoView({ block: "center", behavior: "smooth" });
  }, []);

  function openNextPending(after: string) {
    const i = candidates.findIndex((c) => c.uid === after);
    const next = [...candidates.slice(i + 1), ...candidates.slice(0, i)].find((c) => c.status === "pending");
    setOpen(next?.uid ?? null);
    if (next) setFocused(next.uid);
  }

  function accept(d: CandidateDraft) {
    const problems = draftProblems(d, article);
    setLocalProblems((p) => ({ ...p, [d.uid]: problems }));
    if (problems.length) return;
    // The server's messages for this candidate are answered by the editor's changes.
    setServerError((s) => {
      const i = s ? s.uids.indexOf(d.uid) : -1;
      return s && i >= 0 ? { ...s, error: { ...s.error, fields: s.error.fields?.filter((f) => !f.field.startsWith(`forecasts.${i}.`)) } } : s;
    });
    update(d.uid, { status: "accepted" });
    openNextPending(d.uid);
  }

  function reject(d: CandidateDraft) {
    setLocalProblems((p) => ({ ...p, [d.uid]: [] }));
    update(d.uid, { status: "rejected" });
    if (open === d.uid) openNextPending(d.uid);
  }

  async function addFromSelection() {
    if (!selection || !extraction) return;
    const { start, end } = selection;
    const uid = `s${nextUid}`;
    setNextUid((n) => n + 1);
    setBusy("select");
    // What the assistant reads in the selection pre-fills the class, deadline and condition.
    const res = await extract({ text: article.text.slice(start, end), language: extraction.language, referenceDate, minScore: 0 });
    setBusy(null);
    const hint = res.ok ? (res.data.candidates[0] ?? null) : null;
    const n = Math.max(0, ...candidates.map((c) => c.n)) + 1;
    const draft = candidateFromSelection(article.text, start, end, n, uid, article, choices, hint);
    setCandidates((cs) => [...cs, draft].sort((a, b) => a.start - b.start || a.n - b.n));
    setOpen(uid);
    setFocused(uid);
    window.getSelection()?.removeAllRanges();
    setSelection(null);
    requestAnimationFrame(() => document.getElementById(`card-${uid}`)?.scrollIntoView({ block: "start", behavior: "smooth" }));
  }

  async function save() {
    const { input, uids } = toSubmission(article, candidates);
    setBusy("save");
    setServerError(null);
    const res: ActionResult<{ slug: string; forecasts: number }> = await saveArticleAction(input).catch(() => ({
      ok: false,
      error: { code: "internal", message: "The server could not be reached, or the submission was too large; nothing was saved." },
    }));
    if (res.ok) {
      router.push(`/articles/${res.data.slug}`);
      return;
    }
    setBusy(null);
    setServerError({ error: res.error, uids });
    const firstBad = uids.find((uid) => errorsFor(res.error.fields, uids, uid).length);
    if (firstBad) {
      setOpen(firstBad);
      focus(firstBad, "card");
    } else window.scrollTo({ top: 0, behavior: "smooth" });
  }

  if (step === "details") {
    return (
      <ArticleDetails
        article={article}
        onChange={setArticle}
        choices={choices}
        error={detailsError}
        busy={busy === "extract"}
        onSubmit={() => void findForecasts()}
      />
    );
  }

  const language = extraction?.language ?? "en";

  return (
    <div className="intake-review">
      <ReviewSummary
        article={article}
        choices={choices}
        extraction={extraction}
        referenceDate={referenceDate}
        total={candidates.length}
        counts={counts}
        serverError={serverError?.error ?? null}
        onChangeDetails={() => setStep("details")}
        onCorrectDetails={(error) => {
          setDetailsError(error);
          setStep("details");
        }}
      />
      <div className="intake-columns">
        <div className="intake-text-column">
          <div className="intake-toolbar">
            <button
              type="button"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => void addFromSelection()}
              disabled={!selection || busy !== null}
              title="Select the forecast's words in the text first"
            >
              Add forecast from selection
            </button>
            <span className="small muted">
              {selection
                ? `“${article.text.slice(selection.start, Math.min(selection.end, selection.start + 60))}${selection.end - selection.start > 60 ? "…" : ""}” selected`
                : "Select words in the text to add a forecast the assistant missed."}
            </span>
          </div>
          <ArticleText
            text={article.text}
            language={language}
            candidates={candidates}
            focused={focused}
            onPick={(uid) => focus(uid, "card")}
            onSelection={setSelection}
          />
        </div>
        <div className="intake-candidates-column">
          {candidates.length === 0 ? (
            <p className="note-box">
              The assistant found no candidate forecasts. Select a forecast's words in the text to add one, or save the article without forecasts.
            </p>
          ) : null}
          <ol className="candidates">
            {candidates.map((d) => (
              <CandidateCard
                key={d.uid}
                draft={d}
                article={article}
                choices={choices}
                newTopics={newTopics}
                language={language}
                open={open === d.uid}
                focused={focused === d.uid}
                problems={[...(localProblems[d.uid] ?? []), ...errorsFor(serverError?.error.fields, serverError?.uids ?? [], d.uid)]}
                onChange={(patch) => update(d.uid, patch)}
                onOpen={() => {
                  setOpen(d.uid);
                  focus(d.uid, "text");
                }}
                onAccept={() => accept(d)}
                onReject={() => reject(d)}
                onFocus={() => focus(d.uid, "text")}
              />
            ))}
          </ol>
        </div>
      </div>
      <SaveBar counts={counts} busy={busy !== null} saving={busy === "save"} onSave={() => void save()} />
    </div>
  );
}
