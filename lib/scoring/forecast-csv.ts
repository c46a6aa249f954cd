/**
 * Reading a CSV of scored forecasts: a header row naming at least the columns `probability`
 * and `outcome` (any order, other columns ignored, names matched case-insensitively after
 * trimming), then one row per forecast with probability in [0, 1] and outcome 0 or 1.
 *
 * The parser is a small RFC 4180 reader: comma-separated, fields optionally in double quotes,
 * "" for a quote inside quotes, quoted fields may hold commas and line breaks, LF, CRLF or CR
 * line ends, a UTF-8 byte-order mark ignored, blank lines skipped. It is strict where leniency
 * would silently shift columns: a row with a different number of fields than the header, a
 * stray quote inside an unquoted field, text after a closing quote, or an unterminated quote is
 * an error naming the line. Pure: it takes the text, not a file.
 */
import type { BinaryForecast } from "./forecast";

export interface CsvRecord {
  /** 1-based line on which the record starts (the header is line 1 unless blank lines precede it). */
  line: number;
  fields: string[];
  /** The first syntax error in this record, if any. */
  error?: string;
}

const SPACES_THEN_QUOTE = /[ \t]+"/y;
function spacesThenQuote(src: string, at: number): boolean {
  SPACES_THEN_QUOTE.lastIndex = at;
  return SPACES_THEN_QUOTE.test(src);
}

/** Splits CSV text into records; never throws, reports syntax errors per record. */
export function parseCsvRecords(text: string): CsvRecord[] {
  const src = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let line = 1;
  let fields: string[] = [];
  let field = "";
  let quotedRecord = false; // any field of this record was quoted (so it is not a blank line)
  let start = 1;
  let error: string | undefined;
  type State = "fieldStart" | "unquoted" | "quoted" | "afterQuote";
  let state: State = "fieldStart";

  const fail = (message: string) => {
    error ??= message;
  };
  const endField = () => {
    fields.push(field);
    field = "";
    state = "fieldStart";
  };
  const endRecord = () => {
    endField();
    const blank = !quotedRecord && fields.length === 1 && fields[0]!.trim() === "";
    if (!blank || error) records.push(error ? { line: start, fields, error } : { line: start, fields });
    fields = [];
    quotedRecord = false;
    error = undefined;
  };

  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    const newline = c === "\n" || c === "\r";
    const width = c === "\r" && src[i + 1] === "\n" ? 2 : 1;
    if (state === "quoted") {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        state = "afterQuote";
      } else {
        field += src.slice(i, i + width);
        if (newline) line += 1;
      }
      i += width;
      continue;
    }
    if (newline) {
      endRecord();
      line += 1;
      start = line;
      i += width;
      continue;
    }
    if (c === ",") {
      endField();
    } else if (state === "fieldStart" && c === '"') {
      state = "quoted";
      quotedRecord = true;
    } else if (state === "fieldStart" && (c === " " || c === "\t") && spacesThenQuote(src, i)) {
      // Spaces before an opening quote: skip them, the quote opens the field.
    } else if (state === "afterQuote") {
      if (c.trim() !== "") fail(`unexpected ${JSON.stringify(c)} after a closing quote`);
    } else {
      if (c === '"') fail("unexpected quote inside an unquoted field (quote the whole field, doubling inner quotes)");
      field += c;
      state = "unquoted";
    }
    i += 1;
  }
  if (state === "quoted") fail("unterminated quoted field");
  // A final record without a trailing line break.
  if (state !== "fieldStart" || fields.length > 0 || field !== "" || error) endRecord();
  return records;
}

export interface NumberedForecast extends BinaryForecast {
  line: number;
}

export type ForecastCsvResult =
  | { ok: true; forecasts: NumberedForecast[]; columns: string[] }
  /** kind "file": the file as a whole cannot be read (no header, missing columns, no rows). "rows": some rows are malformed. */
  | { ok: false; kind: "file" | "rows"; errors: string[] };

export const REQUIRED_COLUMNS = ["probability", "outcome"] as const;

/** A plain decimal number, optionally with an exponent: no hex, no "Infinity", no empty string. */
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Parses and validates the whole file; collects every row error, in line order. */
export function parseForecastCsv(text: string): ForecastCsvResult {
  const records = parseCsvRecords(text);
  const header = records[0];
  if (!header) return { ok: false, kind: "file", errors: ["the file is empty: expected a header row with columns probability,outcome"] };
  if (header.error) return { ok: false, kind: "file", errors: [`line ${header.line} (header): ${header.error}`] };
  const columns = header.fields.map((f) => f.trim().toLowerCase());
  const index: Record<string, number> = {};
  for (const name of REQUIRED_COLUMNS) {
    const at = columns.flatMap((c, i) => (c === name ? [i] : []));
    if (at.length > 1) return { ok: false, kind: "file", errors: [`line ${header.line} (header): column "${name}" appears ${at.length} times`] };
    if (at.length === 1) index[name] = at[0]!;
  }
  const missing = REQUIRED_COLUMNS.filter((c) => index[c] === undefined);
  if (missing.length) {
    return {
      ok: false,
      kind: "file",
      errors: [
        `missing column${missing.length > 1 ? "s" : ""} ${missing.map((m) => `"${m}"`).join(" and ")}: the header (line ${header.line}) has ${header.fields.map((f) => JSON.stringify(f)).join(", ")}; expected at least probability,outcome`,
      ],
    };
  }
  const pIndex = index.probability!;
  const oIndex = index.outcome!;

  const errors: string[] = [];
  const forecasts: NumberedForecast[] = [];
  for (const r of records.slice(1)) {
    if (r.error) {
      errors.push(`line ${r.line}: ${r.error}`);
      continue;
    }
    if (r.fields.length !== columns.length) {
      errors.push(`line ${r.line}: ${r.fields.length} field${r.fields.length === 1 ? "" : "s"}, but the header has ${columns.length}`);
      continue;
    }
    const rawP = r.fields[pIndex]!;
    const rawO = r.fields[oIndex]!;
    const p = rawP.trim();
    const o = rawO.trim();
    let rowOk = true;
    let probability = Number.NaN;
    if (p === "") {
      errors.push(`line ${r.line}: probability is empty`);
      rowOk = false;
    } else if (!NUMBER.test(p)) {
      errors.push(`line ${r.line}: probability ${JSON.stringify(rawP)} is not a number`);
      rowOk = false;
    } else {
      probability = Number(p);
      if (!(probability >= 0 && probability <= 1)) {
        errors.push(`line ${r.line}: probability ${JSON.stringify(rawP)} is outside [0, 1]`);
        rowOk = false;
      }
    }
    let outcome: 0 | 1 = 0;
    if (o === "") {
      errors.push(`line ${r.line}: outcome is empty`);
      rowOk = false;
    } else if (!NUMBER.test(o) || (Number(o) !== 0 && Number(o) !== 1)) {
      errors.push(`line ${r.line}: outcome ${JSON.stringify(rawO)} is not 0 or 1`);
      rowOk = false;
    } else {
      outcome = Number(o) === 1 ? 1 : 0;
    }
    if (rowOk) forecasts.push({ line: r.line, probability, outcome });
  }
  if (errors.length) return { ok: false, kind: "rows", errors };
  if (forecasts.length === 0) return { ok: false, kind: "file", errors: ["the file has a header but no data rows"] };
  return { ok: true, forecasts, columns };
}
