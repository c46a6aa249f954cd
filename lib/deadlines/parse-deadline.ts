/**
 * Finds the deadline a forecast sets, in a phrase or a whole sentence, relative to a reference
 * date (the article's date). Time words are not probability words (scoring.md section 1): this
 * module only turns them into a date and a basis.
 */
import { de, en, nl } from "chrono-node";

const CHRONO = { de, en, nl } as const;

import { endOfMonth, formatIsoDate, parseIsoDate } from "./date-math";
import { type DeadlineRule, MONTHS, type Resolved, type RuleContext, refYearOf } from "./rule-kit";
import { DEADLINE_RULES } from "./rules";
import type { Deadline, DeadlineKind, Language } from "./types";

const KIND_OF_RANK: Record<number, DeadlineKind> = { 1: "by", 2: "not-before", 3: "span", 4: "year", 5: "vague" };

interface Hit extends Resolved {
  rank: number;
  start: number;
  end: number;
  phrase: string;
}

/**
 * Words just before an explicit date that make it a deadline ("bis zum 20. Januar 2025",
 * "uiterlijk op 3 maart", "by 3 March"), and words that make it an earliest date instead
 * ("nach dem 20. Januar": no deadline).
 */
const DATE_BOUND: Record<Language, RegExp> = {
  de: /(?<![\p{L}])(?:bis|spätestens|noch vor|vor)(?:\s+(?:zum|zur|dem|am|spätestens))?\s*$/iu,
  nl: /(?<![\p{L}])(?:uiterlijk|tegen|vóór|voor|ten laatste)(?:\s+(?:op|het einde van|eind))?\s*$/iu,
  en: /(?<![\p{L}])(?:by|before|no later than|until)(?:\s+(?:the end of|end of|the))?\s*$/iu,
};
const DATE_AFTER: Record<Language, RegExp> = {
  de: /(?:^|[^\p{L}])(?:nach|ab|seit|frühestens)(?:[^,.;]{0,60})$/iu,
  nl: /(?:^|[^\p{L}])(?:na|vanaf|sinds|op zijn vroegst)(?:[^,.;]{0,60})$/iu,
  en: /(?:^|[^\p{L}])(?:after|from|since|at the earliest)(?:[^,.;]{0,60})$/iu,
};

const CALENDAR_DATE: Record<Language, RegExp> = {
  de: new RegExp(`\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}|${MONTHS.de.join("|")}`, "iu"),
  nl: new RegExp(`\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}|${MONTHS.nl.join("|")}`, "iu"),
  en: new RegExp(`\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|${MONTHS.en.join("|")}`, "iu"),
};

function ruleHits(text: string, rules: readonly DeadlineRule[], ctx: RuleContext): Hit[] {
  const hits: Hit[] = [];
  for (const r of rules) {
    r.re.lastIndex = 0;
    for (const m of text.matchAll(r.re)) {
      const resolved = r.resolve(m.groups ?? {}, ctx);
      if (!resolved) continue;
      hits.push({ ...resolved, rank: r.rank, start: m.index, end: m.index + m[0].length, phrase: m[0] });
    }
  }
  return hits;
}

/** Explicit calendar dates via chrono (it knows the month names and day formats of de, nl, en). */
function dateHits(text: string, ctx: RuleContext): { hits: Hit[]; spans: Array<[number, number]> } {
  const refDate = new Date(`${ctx.ref}T12:00:00Z`);
  const results = CHRONO[ctx.language].parse(text, refDate);
  const hits: Hit[] = [];
  const spans: Array<[number, number]> = [];
  for (const r of results) {
    const start = r.index;
    const end = r.index + r.text.length;
    spans.push([start, end]);
    const c = r.start;
    // Only calendar dates ("3 maart 2026", "20.1.2025"): not "now", a weekday or "in 18 months".
    if (!CALENDAR_DATE[ctx.language].test(r.text) || !c.isCertain("month") || !c.isCertain("year")) continue;
    const y = c.get("year");
    const mo = c.get("month");
    if (y === null || mo === null) continue;
    const date = c.isCertain("day") ? formatIsoDate({ year: y, month: mo, day: c.get("day") ?? 1 }) : endOfMonth(y, mo);
    const before = text.slice(Math.max(0, start - 80), start);
    // chrono includes a leading "am"/"op"/"on" in its match; look at the words before it.
    const lead = /^(?:am|op|on|the)\s+/i.exec(r.text)?.[0] ?? "";
    if (DATE_AFTER[ctx.language].test(before)) continue;
    const bound = DATE_BOUND[ctx.language].exec(before + lead);
    if (bound) {
      const from = Math.min(start, start - before.length + bound.index);
      hits.push({ date, basis: "stated", note: null, rank: 1, start: from, end, phrase: text.slice(from, end) });
    } else if (date >= ctx.ref) {
      // A future date named for the event itself ("am 5. November wird gewählt").
      hits.push({ date, basis: "stated", note: "the date named for the event", rank: 3, start, end, phrase: text.slice(start, end) });
    }
  }
  return { hits, spans };
}

function contains(outer: { start: number; end: number }, inner: { start: number; end: number }): boolean {
  return outer.start <= inner.start && inner.end <= outer.end && outer.end - outer.start > inner.end - inner.start;
}

/** Every deadline phrase in the text, overlaps resolved. */
function collectHits(text: string, referenceDate: string, language: Language): Hit[] {
  parseIsoDate(referenceDate); // throws on a bad reference date: every relative phrase depends on it
  const ctx: RuleContext = { ref: referenceDate, refYear: refYearOf(referenceDate), language };
  const { hits: dates, spans } = dateHits(text, ctx);
  let hits = [...dates, ...ruleHits(text, DEADLINE_RULES[language], ctx)];
  // A year inside an explicit date ("20. Januar 2025") is not a deadline of its own, and a bare
  // year only sets one when it lies ahead ("soll 2025 in Kraft treten", not "seit 2016").
  hits = hits.filter((h) => h.rank !== 4 || (h.date >= ctx.ref && !spans.some(([s, e]) => s <= h.start && h.end <= e)));
  // "nicht vor 2040" also contains "vor 2040": the longer phrase wins.
  return hits.filter((h) => !hits.some((o) => o !== h && contains(o, h)));
}

/**
 * The deadline of a phrase or sentence: the best-ranked phrase, the earliest on a tie; null when
 * the text sets no deadline. `referenceDate` is "YYYY-MM-DD"; relative phrases count from it.
 */
export function parseDeadline(text: string, referenceDate: string, language: Language): Deadline | null {
  const hits = collectHits(text, referenceDate, language).sort((a, b) => a.rank - b.rank || a.start - b.start);
  const h = hits[0];
  if (!h) return null;
  return {
    date: h.date,
    basis: h.basis,
    kind: KIND_OF_RANK[h.rank] ?? "span",
    phrase: h.phrase,
    note: h.note,
    notBefore: h.notBefore ?? false,
    start: h.start,
    end: h.end,
  };
}
