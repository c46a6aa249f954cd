/**
 * The forecaster of every sentence of an article, in one pass over it (linear in its length):
 *
 * - an attribution in the sentence itself (attribution.ts), its name tied back to the full name
 *   the article introduced (names.ts) and matched against the ledger's people;
 * - a pronoun ("zei hij", "he said") takes the last person quoted; "they" the last speaker;
 * - interview turns ("Christian Drosten: ...") give every sentence of the answer to its speaker;
 * - quotations: a sentence in quotation marks takes the speaker named in its paragraph, or, when
 *   the paragraph opens with a quotation and names no one, the speaker just before it;
 * - a list after "President Obama also said:" belongs to that speaker;
 * - German reported speech (Konjunktiv I) takes the speaker of the passage it belongs to;
 * - otherwise the sentence is the author's own (null).
 */
import { type Attribution, explicitAttribution, hasKonjunktivI, isReportedSpeech } from "./attribution";
import { kindOfName, type NameRegister, nameRuns, ROLE, registerNames } from "./names";
import type { Sentence } from "./sentences";
import type { Forecaster, KnownPerson, Language } from "./types";

/** How many sentences back a pronoun, a quotation or reported speech may look for its speaker. */
const LOOK_BACK = 6;
const QUOTE_MARK = /["“”„«»]/u;
const INTERVIEW_TURN = /^(\p{Lu}[\p{L}.'’-]*(?:\s+(?:van|von|de|der|den|ter)?\s*\p{Lu}[\p{L}.'’-]*){0,3}):\s+/u;
const LIST_ITEM = /^[*•·‣–-]\s+/u;
/** German "soll / sollen" reports a plan or a claim of the speaker named just before ("ICEs sollen bis 2030 ..."). */
const REPORTED_PLAN = /(?<![\p{L}])(?:soll|sollen)(?![\p{L}])/u;

function forecaster(name: string, cue: string, reason: string, register: NameRegister, unnamed = false): Forecaster {
  if (unnamed) return { name, cue, kind: "unnamed", unnamed: true, reason };
  const r = register.resolve(name);
  return { name: r.name, cue, kind: r.kind, unnamed: false, reason: r.how ? `${reason} (${r.how})` : reason, ...(r.known ? { known: r.known } : {}) };
}

/** Paragraph starts that are interview turns ("Name: text"), when the article has at least two of them. */
function interviewTurns(sentences: readonly Sentence[]): Map<number, string> {
  const turns = new Map<number, string>();
  sentences.forEach((s, i) => {
    if (i > 0 && sentences[i - 1]!.paragraph === s.paragraph) return;
    const m = INTERVIEW_TURN.exec(s.text);
    if (m && !ROLE.test(m[1]!) && m[1]!.split(/\s+/).length <= 4) turns.set(i, m[1]!);
  });
  return turns.size >= 2 ? turns : new Map();
}

export function attributeSentences(sentences: readonly Sentence[], language: Language, knownPeople?: readonly KnownPerson[]): Array<Forecaster | null> {
  const register = registerNames(
    sentences.map((s) => s.text),
    knownPeople,
  );
  const own = sentences.map((s) =>
    explicitAttribution(
      s.text.replace(INTERVIEW_TURN, (m) => " ".repeat(m.length)),
      language,
    ),
  );
  const turns = interviewTurns(sentences);
  const out: Array<Forecaster | null> = [];
  let lastPerson: { f: Forecaster; at: number } | null = null;
  let lastSpeaker: { f: Forecaster; at: number } | null = null;
  let turn: Forecaster | null = null;
  let list: Forecaster | null = null;
  let inQuote = false;
  // The next sentence of the same paragraph with an attribution: a quotation before "..., said X." is X's.
  const nextInParagraph: Array<number | null> = new Array(sentences.length).fill(null);
  for (let i = sentences.length - 2; i >= 0; i--) {
    const next = sentences[i + 1]!;
    nextInParagraph[i] = next.paragraph !== sentences[i]!.paragraph ? null : own[i + 1] && own[i + 1]!.how !== "pronoun" ? i + 1 : nextInParagraph[i + 1]!;
  }
  const recent = (x: { f: Forecaster; at: number } | null, i: number) => (x && i - x.at <= LOOK_BACK ? x.f : null);

  const fromOwn = (a: Attribution, i: number): Forecaster | null => {
    if (a.how === "unnamed") return forecaster(a.name, a.cue, `unnamed source: "${a.cue} … ${a.name}"`, register, true);
    if (a.how === "pronoun") {
      const ref = a.plural ? recent(lastSpeaker, i) : recent(lastPerson, i);
      return ref && { ...ref, cue: `${a.cue} ${a.name}`, reason: `pronoun "${a.name}" (${a.cue}): ${ref.name}, quoted just before` };
    }
    if (a.how === "role") {
      const who = register.byRoleWord(a.name);
      return who ? forecaster(who, a.cue, `"the ${a.name}" ${a.cue}: ${who}, introduced with that role`, register) : null;
    }
    const label = a.how === "speech verb" ? `speech verb "${a.cue}" next to "${a.name}"` : `"${a.cue} ${a.name}"`;
    return forecaster(a.name, a.cue, label, register);
  };

  sentences.forEach((s, i) => {
    const newParagraph = i === 0 || sentences[i - 1]!.paragraph !== s.paragraph;
    if (newParagraph) {
      inQuote = false;
      if (turns.size) {
        const name = turns.get(i);
        turn = name ? forecaster(name, `${name}:`, `interview answer of ${name}`, register) : turn;
      }
      if (!LIST_ITEM.test(s.text)) list = null;
    }
    const startsQuoted = QUOTE_MARK.test(s.text.slice(0, 2));
    const quoted = inQuote || QUOTE_MARK.test(s.text);
    let f: Forecaster | null = null;
    const a = own[i];
    if (a) f = fromOwn(a, i);
    if (!f && turn) f = { ...turn, reason: `interview answer of ${turn.name}` };
    if (!f && list && LIST_ITEM.test(s.text)) f = { ...list, reason: `list introduced by "${list.cue} ${list.name}:"` };
    if (!f && quoted) {
      const j = nextInParagraph[i] ?? null;
      const later = j !== null ? own[j] : null;
      const prev = recent(lastSpeaker, i);
      const subject = lastPerson && lastPerson.at === i - 1 && !lastPerson.f.reason ? lastPerson.f : null;
      if (later && later.how !== "role") f = fromOwn(later, j!);
      else if (prev && (!newParagraph || startsQuoted)) f = { ...prev, reason: `quotation continuing the words of ${prev.name}` };
      else if (subject) f = { ...subject, cue: "", reason: `quotation after a sentence about ${subject.name}` };
    }
    if (!f && language === "de" && (isReportedSpeech(sentences, i, language) || REPORTED_PLAN.test(s.text))) {
      const prev = recent(lastSpeaker, i);
      const sameParagraph = lastSpeaker && sentences[lastSpeaker.at]!.paragraph === s.paragraph;
      if (prev && (sameParagraph || !REPORTED_PLAN.test(s.text)))
        f = { ...prev, reason: `reported speech (Konjunktiv I or "soll") of ${prev.name}, named before` };
    }
    out.push(f);
    if (f) {
      lastSpeaker = { f, at: i };
      if (f.kind === "person") lastPerson = { f, at: i };
      if (/:\s*$/.test(s.text)) list = f;
    } else if (!hasKonjunktivI(s.text)) {
      // A person named as the subject of an unattributed sentence can be the "he" of the next one.
      const run = nameRuns(s.text)[0];
      if (run && kindOfName(run.text) === "person" && run.tokens[0]!.start < 12)
        lastPerson = { f: { ...forecaster(run.text, "", "", register), reason: "" }, at: i };
    }
    const marks = (s.text.match(/["“”„«»]/gu) ?? []).length;
    if (marks % 2 === 1) inQuote = !inQuote;
  });
  return out;
}

/** The forecaster of one sentence (the whole article is read: earlier sentences introduce the names). */
export function findForecaster(sentences: readonly Sentence[], index: number, language: Language, knownPeople?: readonly KnownPerson[]): Forecaster | null {
  return attributeSentences(sentences, language, knownPeople)[index] ?? null;
}
