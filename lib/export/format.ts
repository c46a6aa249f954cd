/**
 * The public export format (README: "Export format"). JSON is an array of ForecastDTO objects;
 * CSV has one row per forecast, nested objects flattened to dotted column names
 * (forecaster.name, article.title, outcome.status) and arrays written as JSON in their cell
 * (probabilityRange "[0.1,0.25]", topics "[\"russia-china\"]", article.authors, outcome.evidence).
 */
import { stringify } from "csv-stringify/sync";
import type { ForecastDTO } from "@/db/queries/forecasts";

export const EXPORT_FORMATS = ["json", "csv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CSV_COLUMNS = [
  "id",
  "quote",
  "language",
  "question",
  "polarity",
  "resolutionCriteria",
  "forecaster.name",
  "forecaster.kind",
  "attribution",
  "article.title",
  "article.outlet",
  "article.authors",
  "article.url",
  "article.publishedOn",
  "article.firstPublishedOn",
  "article.originalOutlet",
  "madeOn",
  "madeOnBasis",
  "deadline",
  "deadlineBasis",
  "deadlineNote",
  "probability",
  "probabilityRange",
  "probabilitySource",
  "verbalExpression",
  "lexiconClass",
  "lexiconVersion",
  "lowInformation",
  "condition",
  "eventId",
  "topics",
  "outcome.status",
  "outcome.occurredOn",
  "outcome.evidence",
  "outcome.note",
  "outcome.recordedBy",
  "outcome.recordedAt",
] as const;

/** The export's public record: the DTO without internal navigation fields (slugs, version). */
export function toExportRecord(f: ForecastDTO) {
  return {
    id: f.id,
    quote: f.quote,
    language: f.language,
    question: f.question,
    polarity: f.polarity,
    resolutionCriteria: f.resolutionCriteria,
    forecaster: { name: f.forecaster.name, kind: f.forecaster.kind },
    attribution: f.attribution,
    article: {
      title: f.article.title,
      outlet: f.article.outlet,
      authors: f.article.authors.map((a) => a.name),
      url: f.article.url,
      publishedOn: f.article.publishedOn,
      firstPublishedOn: f.article.firstPublishedOn,
      originalOutlet: f.article.originalOutlet,
    },
    madeOn: f.madeOn,
    madeOnBasis: f.madeOnBasis,
    deadline: f.deadline,
    deadlineBasis: f.deadlineBasis,
    deadlineNote: f.deadlineNote,
    probability: f.probability,
    probabilityRange: f.probabilityRange,
    probabilitySource: f.probabilitySource,
    verbalExpression: f.verbalExpression,
    lexiconClass: f.lexiconClass,
    lexiconVersion: f.lexiconVersion,
    lowInformation: f.lowInformation,
    condition: f.condition,
    eventId: f.eventId,
    topics: f.topics,
    outcome: f.outcome,
  };
}
export type ExportRecord = ReturnType<typeof toExportRecord>;

/**
 * Formula injection: a spreadsheet runs a cell that starts with = + - @ (or a tab or carriage
 * return before one) as a formula, so quotes and names taken from articles could run code in a
 * reader's spreadsheet. Text cells that start so get a leading single quote, which spreadsheets
 * show as plain text. A text cell that already starts with quotes followed by such a character
 * gets one more, so the importer (`unguardCell`) can always remove exactly one and the round
 * trip is exact. Numbers, booleans and JSON cells are never changed (a negative number stays a
 * number). The JSON export is not touched.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

export function guardCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The inverse of guardCell, for a text cell read back from a CSV export. */
export function unguardCell(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text) ? text.slice(1) : text;
}

function cell(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (Array.isArray(v) || typeof v === "object") return JSON.stringify(v);
  if (typeof v === "string") return guardCell(v);
  return String(v);
}

function get(obj: unknown, dotted: string): unknown {
  return dotted.split(".").reduce<unknown>((o, k) => (o && typeof o === "object" ? (o as Record<string, unknown>)[k] : undefined), obj);
}

export function formatExport(items: ForecastDTO[], format: ExportFormat): string {
  return formatRecords(items.map(toExportRecord), format);
}

/** Export records as a file of the format (also used to write synthetic import files for the benchmarks). */
export function formatRecords(records: ExportRecord[], format: ExportFormat): string {
  if (format === "json") return `${JSON.stringify(records, null, 2)}\n`;
  return stringify(
    records.map((r) => CSV_COLUMNS.map((c) => cell(get(r, c)))),
    { header: true, columns: [...CSV_COLUMNS] },
  );
}
