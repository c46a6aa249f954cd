/**
 * Reading an import file in the export format (README "Export format", lib/export/format.ts):
 * a JSON array of records, or CSV with one row per forecast, dotted column names for nested
 * fields and JSON in the cells of arrays. CSV cells are turned back into the JSON record's
 * types (numbers, booleans, null for an empty cell) so one schema validates both formats.
 */
import { CsvError, parse } from "csv-parse/sync";
import { CSV_COLUMNS, unguardCell } from "@/lib/export/format";

export const IMPORT_FORMATS = ["json", "csv"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** A problem in the file: `row` is the 1-based record number (CSV: the header is not counted), null for the whole file. */
export interface RowError {
  row: number | null;
  field: string;
  message: string;
}

export interface ParsedFile {
  records: unknown[];
  errors: RowError[];
}

const NUMBER_COLUMNS = new Set(["id", "probability", "eventId"]);
const BOOLEAN_COLUMNS = new Set(["lowInformation"]);
const JSON_COLUMNS = new Set(["probabilityRange", "topics", "article.authors", "outcome.evidence"]);
/** Columns without which no row can be read; the others may be left out and count as empty. */
export const REQUIRED_COLUMNS = [
  "quote",
  "language",
  "question",
  "polarity",
  "resolutionCriteria",
  "forecaster.name",
  "forecaster.kind",
  "attribution",
  "article.title",
  "madeOn",
  "madeOnBasis",
  "deadlineBasis",
  "probabilitySource",
  "topics",
] as const;

/** The format named by a file's extension, or null. */
export function formatOfFileName(fileName: string): ImportFormat | null {
  const m = /\.(json|csv)$/i.exec(fileName);
  return m ? (m[1]!.toLowerCase() as ImportFormat) : null;
}

export function parseImportFile(content: string, format: ImportFormat): ParsedFile {
  const text = content.replace(/^\uFEFF/, "");
  return format === "json" ? parseJson(text) : parseCsv(text);
}

function parseJson(text: string): ParsedFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { records: [], errors: [{ row: null, field: "file", message: `not valid JSON: ${err instanceof Error ? err.message : String(err)}` }] };
  }
  if (!Array.isArray(data))
    return {
      records: [],
      errors: [{ row: null, field: "file", message: "expected a JSON array of forecast records, as `npm run export -- --format json` writes" }],
    };
  return { records: data, errors: [] };
}

function cellValue(column: string, raw: string): { value: unknown; error?: string } {
  if (raw === "") return { value: JSON_COLUMNS.has(column) && column !== "probabilityRange" && column !== "outcome.evidence" ? [] : null };
  if (NUMBER_COLUMNS.has(column)) {
    const n = Number(raw);
    return Number.isFinite(n) && raw.trim() !== "" ? { value: n } : { value: raw };
  }
  if (BOOLEAN_COLUMNS.has(column)) return { value: raw === "true" ? true : raw === "false" ? false : raw };
  if (JSON_COLUMNS.has(column)) {
    try {
      return { value: JSON.parse(raw) };
    } catch {
      return {
        value: null,
        error: `not valid JSON in this cell (expected e.g. ${column === "probabilityRange" ? "[0.1,0.5]" : column === "outcome.evidence" ? '[{"url":"https://…","citation":"…"}]' : '["a","b"]'})`,
      };
    }
  }
  return { value: unguardCell(raw) };
}

/** One row's cells as a record: "forecaster.name" -> {forecaster: {name}}; an outcome with every cell empty is null. */
function unflatten(paths: string[][], values: unknown[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let c = 0; c < paths.length; c++) {
    const parts = paths[c]!;
    let node = out;
    for (let i = 0; i < parts.length - 1; i++) node = (node[parts[i]!] ??= {}) as Record<string, unknown>;
    node[parts[parts.length - 1]!] = values[c];
  }
  const outcome = out.outcome as Record<string, unknown> | undefined;
  if (outcome && Object.values(outcome).every((v) => v === null || (Array.isArray(v) && v.length === 0))) out.outcome = null;
  return out;
}

/** What is wrong with a header row (unknown, repeated or missing columns); empty when it is good. */
function headerErrors(columns: string[]): RowError[] {
  const errors: RowError[] = [];
  const known = new Set<string>(CSV_COLUMNS);
  for (const c of columns)
    if (!known.has(c))
      errors.push({ row: null, field: c || "(blank column name)", message: "unknown column; the export format's columns are listed in the README" });
  const seen = new Set<string>();
  for (const c of columns) {
    if (seen.has(c)) errors.push({ row: null, field: c, message: "column given twice" });
    seen.add(c);
  }
  for (const c of REQUIRED_COLUMNS) if (!seen.has(c)) errors.push({ row: null, field: c, message: "required column missing" });
  return errors;
}

function parseCsv(text: string): ParsedFile {
  let columns: string[] | null = null;
  let badHeader = false;
  let paths: string[][] = [];
  const errors: RowError[] = [];
  const records: unknown[] = [];
  // Each row becomes its record as it is read (csv-parse's on_record; nothing else is kept), so the
  // file's cells are not all held at once beside the records made from them.
  const onRecord = (cells: string[]) => {
    if (columns === null) {
      columns = cells.map((h) => h.trim());
      errors.push(...headerErrors(columns));
      badHeader = errors.length > 0;
      paths = columns.map((c) => c.split("."));
    } else if (!badHeader) {
      const row = records.length + 1;
      const values = columns.map((c, j) => {
        const { value, error } = cellValue(c, cells[j] ?? "");
        if (error) errors.push({ row, field: c, message: error });
        return value;
      });
      records.push(unflatten(paths, values));
    }
    return null;
  };
  try {
    parse(text, { bom: true, skip_empty_lines: true, relax_column_count: false, on_record: onRecord });
  } catch (err) {
    const line =
      err instanceof CsvError && typeof (err as CsvError & { lines?: number }).lines === "number"
        ? ` (line ${(err as CsvError & { lines: number }).lines})`
        : "";
    return { records: [], errors: [{ row: null, field: "file", message: `not valid CSV${line}: ${err instanceof Error ? err.message : String(err)}` }] };
  }
  if (columns === null)
    return { records: [], errors: [{ row: null, field: "file", message: "the file is empty: expected a header row and one row per forecast" }] };
  if (badHeader) return { records: [], errors };
  return { records, errors };
}
