/**
 * The building blocks the per-language deadline rules share: how a rule is written, how a
 * matched year, month or span of time becomes a date, and the default horizons for vague phrases.
 */
import { addDays, addMonths, addYears, endOfMonth, endOfYear, parseIsoDate } from "./date-math";
import { parseNumber } from "./number-words";
import type { DeadlineBasis, Language } from "./types";

export interface RuleContext {
  /** Reference date ("YYYY-MM-DD"): the article's date; relative phrases count from it. */
  ref: string;
  refYear: number;
  language: Language;
}

export interface Resolved {
  date: string;
  basis: DeadlineBasis;
  note: string | null;
  notBefore?: boolean;
}

export interface DeadlineRule {
  /** Matched case-insensitively with Unicode word edges; named groups feed `resolve`. */
  re: RegExp;
  /**
   * Lower wins when several phrases in one sentence set a deadline: an explicit outer bound
   * ("spätestens 2022") beats a hope inside it ("bereits im laufenden Jahr"), and any stated date
   * beats a default horizon.
   */
  rank: number;
  resolve(groups: Record<string, string | undefined>, ctx: RuleContext): Resolved | null;
}

/** Word edges that work for umlauts and accents (\b does not). */
export const B = "(?<![\\p{L}\\p{N}])";
export const E = "(?![\\p{L}\\p{N}])";
/** A four-digit year that is not part of a larger number ("20.000", "2022-23" stays a year). */
export const YEAR = "(?<year>(?:19|20|21)\\d{2})(?![\\p{N}]|[.,]\\d)";
/** Whitespace, including the non-breaking space news sites put between number and unit. */
export const S = "[\\s\\u00a0]+";

export function rule(source: string, rank: number, resolve: DeadlineRule["resolve"]): DeadlineRule {
  return { re: new RegExp(`${B}(?:${source})${E}`, "giu"), rank, resolve };
}

export const MONTHS: Record<Language, readonly string[]> = {
  de: ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"],
  nl: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
  en: ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
};

export function monthPattern(language: Language): string {
  return `(?<month>${MONTHS[language].join("|")})`;
}

export function monthIndex(name: string | undefined, language: Language): number | null {
  if (!name) return null;
  const i = MONTHS[language].indexOf(name.toLowerCase());
  return i < 0 ? null : i + 1;
}

function yearOf(groups: Record<string, string | undefined>): number | null {
  return groups.year ? Number(groups.year) : null;
}

/** "bis 2030", "uiterlijk in 2022", "by 2027": the last day of that year. */
export function yearEnd(groups: Record<string, string | undefined>): Resolved | null {
  const y = yearOf(groups);
  return y === null ? null : { date: endOfYear(y), basis: "stated", note: null };
}

/** "vor 2030", "before 2030": the event must happen in 2029 at the latest. */
export function beforeYear(groups: Record<string, string | undefined>): Resolved | null {
  const y = yearOf(groups);
  return y === null ? null : { date: endOfYear(y - 1), basis: "stated", note: `"before ${y}" read as by the end of ${y - 1}` };
}

/** "nicht vor 2040": scored as "the event happens before 2040", with a low probability. */
export function notBeforeYear(groups: Record<string, string | undefined>): Resolved | null {
  const y = yearOf(groups);
  if (y === null) return null;
  return {
    date: endOfYear(y - 1),
    basis: "stated",
    notBefore: true,
    note: `negative framing: "not before ${y}" is scored as the event happening before ${y} (deadline ${endOfYear(y - 1)}), with polarity negative`,
  };
}

/** "Ende/Mitte/Anfang 2026", "eind 2026", "mid-2026": a part of the year. */
export function partOfYear(part: string | undefined, groups: Record<string, string | undefined>): Resolved | null {
  const y = yearOf(groups);
  if (y === null) return null;
  const p = (part ?? "").toLowerCase();
  if (/^(mitte|medio|mid|midden)/.test(p)) return { date: `${y}-06-30`, basis: "stated", note: `mid-${y} read as 30 June` };
  if (/^(anfang|begin|early|vroeg)/.test(p)) return { date: `${y}-03-31`, basis: "inferred", note: `early ${y} assumed to mean by the end of March` };
  return { date: endOfYear(y), basis: "stated", note: null };
}

/** "bis März 2026", "tegen maart 2026", "by March 2026": the last day of the month. */
export function monthEnd(groups: Record<string, string | undefined>, ctx: RuleContext): Resolved | null {
  const y = yearOf(groups);
  const m = monthIndex(groups.month, ctx.language);
  return y === null || m === null ? null : { date: endOfMonth(y, m), basis: "stated", note: null };
}

export function thisYear(_groups: Record<string, string | undefined>, ctx: RuleContext): Resolved {
  return { date: endOfYear(ctx.refYear), basis: "stated", note: `the year of the reference date (${ctx.ref})` };
}

export function nextYear(_groups: Record<string, string | undefined>, ctx: RuleContext): Resolved {
  return { date: endOfYear(ctx.refYear + 1), basis: "stated", note: `the year after the reference date (${ctx.ref})` };
}

type Unit = "year" | "month" | "week" | "day" | "decade";

function unitOf(word: string): Unit | null {
  const w = word.toLowerCase();
  if (/^(jahrzehnt|decenni|decade)/.test(w)) return "decade";
  if (/^(jahr|jaar|jaren|year)/.test(w)) return "year";
  if (/^(monat|maand|month)/.test(w)) return "month";
  if (/^(woche|week|wek)/.test(w)) return "week";
  if (/^(tag|dag|day)/.test(w)) return "day";
  return null;
}

export function addSpan(ref: string, n: number, unit: Unit): string {
  switch (unit) {
    case "decade":
      return addYears(ref, 10 * n);
    case "year":
      return addYears(ref, n);
    case "month":
      return addMonths(ref, n);
    case "week":
      return addDays(ref, 7 * n);
    case "day":
      return addDays(ref, n);
  }
}

/** "innerhalb von fünf Jahren", "binnen vijf jaar", "within five years": reference date + the span. */
export function within(groups: Record<string, string | undefined>, ctx: RuleContext): Resolved | null {
  const n = groups.n ? parseNumber(groups.n, ctx.language) : null;
  const unit = groups.unit ? unitOf(groups.unit) : null;
  if (n === null || unit === null) return null;
  return { date: addSpan(ctx.ref, n, unit), basis: "stated", note: `${n} ${unit}${n === 1 ? "" : "s"} from the reference date (${ctx.ref})` };
}

/** "für mindestens fünf Jahre", "for at least five years": the event must hold until then. */
export function duration(groups: Record<string, string | undefined>, ctx: RuleContext): Resolved | null {
  const r = within(groups, ctx);
  return r && { ...r, note: `a duration: the forecast must hold for ${groups.n} ${groups.unit} from the reference date (${ctx.ref})` };
}

/** "ein halbes Jahrhundert", "een halve eeuw", "half a century": 50 years, held throughout. */
export function halfCentury(_groups: Record<string, string | undefined>, ctx: RuleContext): Resolved {
  return { date: addYears(ctx.ref, 50), basis: "stated", note: `a duration: half a century (50 years) from the reference date (${ctx.ref})` };
}

/**
 * Default horizons for phrases that set no date (scoring.md: "store an assumed default horizon,
 * marked as an assumption"). The numbers are Hindsight's assumption, not a source's.
 */
export const DEFAULT_HORIZON_YEARS = {
  /** "kurzfristig", "op korte termijn", "in the short term" */
  shortTerm: 1,
  /** "in den kommenden Monaten", "de komende maanden", "in the coming months" */
  comingMonths: 1,
  /** "bald", "spoedig", "soon", "in naher Zukunft" */
  soon: 3,
  /** "in absehbarer Zukunft", "binnen afzienbare tijd", "in the foreseeable future" */
  foreseeable: 5,
  /** "mittelfristig", "op middellange termijn", "in the medium term", "in the coming years" */
  mediumTerm: 5,
} as const;

export function vague(years: number, label: string) {
  return (_groups: Record<string, string | undefined>, ctx: RuleContext): Resolved => ({
    date: addYears(ctx.ref, years),
    basis: "inferred",
    note: `no date stated: "${label}" given an assumed default horizon of ${years} year${years === 1 ? "" : "s"} from the reference date (${ctx.ref})`,
  });
}

export function refYearOf(ref: string): number {
  return parseIsoDate(ref).year;
}
