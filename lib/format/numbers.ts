/**
 * How numbers read on a page: one place, through Intl.NumberFormat (British English, like the
 * dates), with a true minus sign (U+2212) instead of a hyphen and "–" for a value that does not
 * exist. Pages and components format every score, share and count through these.
 */

const MINUS = "\u2212";
const NONE = "–";

const decimals = new Map<number, Intl.NumberFormat>();
const percents = new Map<number, Intl.NumberFormat>();
const integer = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });

function cached(map: Map<number, Intl.NumberFormat>, digits: number, style: "decimal" | "percent"): Intl.NumberFormat {
  let f = map.get(digits);
  if (!f) {
    f = new Intl.NumberFormat("en-GB", { style, minimumFractionDigits: digits, maximumFractionDigits: digits });
    map.set(digits, f);
  }
  return f;
}

/** Intl writes a hyphen-minus for negative numbers in English; typography wants U+2212. */
function withMinus(s: string): string {
  return s.replace(/^-/, MINUS);
}

/** A score or other decimal: 0.252, −0.34; "–" for null. Negative zero reads as 0. */
export function formatNumber(v: number | null | undefined, digits = 3): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return NONE;
  const s = withMinus(cached(decimals, digits, "decimal").format(v));
  return s.startsWith(MINUS) && Number(s.slice(1).replace(/,/g, "")) === 0 ? s.slice(1) : s;
}

/** A share in [0, 1] as a percentage: 0.25 -> "25%", with `digits` decimals; "–" for null. */
export function formatPercent(v: number | null | undefined, digits = 0): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return NONE;
  const s = withMinus(cached(percents, digits, "percent").format(v));
  return s.startsWith(MINUS) && Number.parseFloat(s.slice(1)) === 0 ? s.slice(1) : s;
}

/** A whole count with thousands separators: 1,234. */
export function formatCount(n: number): string {
  return withMinus(integer.format(n));
}

/** "1 forecast", "2 forecasts"; the plural defaults to singular + "s". */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(n)} ${n === 1 ? singular : pluralForm}`;
}

/** A probability range as "10–50%" (an en dash, the % once). */
export function formatPercentRange(lo: number, hi: number): string {
  return `${formatPercent(lo).replace("%", "")}–${formatPercent(hi)}`;
}
