/**
 * Proposes candidate forecasts in an article file and prints them as a JSON array.
 *
 *   npx tsx scripts/extract.ts FILE [--lang de|nl|en] [--date YYYY-MM-DD] [--min-score 0.35]
 *   npm run extract -- FILE ...
 *
 * FILE is .txt, .md (markdown stripped with lib/text/plain-text.ts plainText) or .html (html-to-text).
 * Offsets (start, end) index the plain text the extractor read. Exit codes: 0 success, 1 an
 * unexpected failure, 2 a usage error (missing file, unknown extension, bad option, language
 * not detectable).
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { extname } from "node:path";
import { pathToFileURL } from "node:url";
import { convert } from "html-to-text";
import { plainText } from "@/lib/text/plain-text";
import { isIsoDate } from "../lib/deadlines";
import { type Candidate, extractCandidates, LANGUAGE_CODES, type Language, LanguageError } from "../lib/extraction";

export class UsageError extends Error {}

const USAGE = "usage: extract FILE [--lang de|nl|en] [--date YYYY-MM-DD] [--min-score 0..1]";

interface Args {
  file: string;
  language?: Language;
  date?: string;
  minScore?: number;
}

export function parseArgs(argv: readonly string[]): Args {
  const rest = [...argv];
  const args: Partial<Args> = {};
  while (rest.length > 0) {
    const a = rest.shift()!;
    const value = () => {
      const v = rest.shift();
      if (v === undefined) throw new UsageError(`${a} needs a value\n${USAGE}`);
      return v;
    };
    if (a === "--lang") {
      const v = value();
      if (!(LANGUAGE_CODES as readonly string[]).includes(v)) throw new UsageError(`--lang must be one of ${LANGUAGE_CODES.join(", ")}, got "${v}"`);
      args.language = v as Language;
    } else if (a === "--date") {
      const v = value();
      if (!isIsoDate(v)) throw new UsageError(`--date must be a calendar date YYYY-MM-DD, got "${v}"`);
      args.date = v;
    } else if (a === "--min-score") {
      const v = Number(value());
      if (!Number.isFinite(v) || v < 0 || v > 1) throw new UsageError("--min-score must be a number between 0 and 1");
      args.minScore = v;
    } else if (a.startsWith("--")) {
      throw new UsageError(`unknown option ${a}\n${USAGE}`);
    } else if (args.file) {
      throw new UsageError(`only one FILE, got "${args.file}" and "${a}"\n${USAGE}`);
    } else {
      args.file = a;
    }
  }
  if (!args.file) throw new UsageError(`missing FILE\n${USAGE}`);
  return args as Args;
}

/** The article's plain text, by file type. */
export function readArticle(file: string): string {
  if (!existsSync(file) || !statSync(file).isFile()) throw new UsageError(`no such file: ${file}`);
  const raw = readFileSync(file, "utf8");
  switch (extname(file).toLowerCase()) {
    case ".txt":
    case ".md":
    case ".markdown":
      return plainText(raw);
    case ".html":
    case ".htm":
      return convert(raw, {
        wordwrap: false,
        selectors: [
          { selector: "a", options: { ignoreHref: true } },
          { selector: "img", format: "skip" },
        ],
      });
    default:
      throw new UsageError(`unknown file type "${extname(file) || "(none)"}": use .txt, .md or .html`);
  }
}

/** The JSON fields of one candidate, as the CLI prints them. */
export function toOutput(c: Candidate) {
  return {
    sentence: c.sentence,
    quote: c.quote,
    start: c.start,
    end: c.end,
    language: c.language,
    lexiconClass: c.lexiconClass,
    probability: c.probability,
    probabilityRange: c.probabilityRange,
    polarity: c.polarity,
    deadline: c.deadline?.date ?? null,
    deadlineBasis: c.deadline?.basis ?? null,
    condition: c.condition,
    forecaster: c.forecaster,
    score: c.score,
    cues: c.cues,
    reason: c.reason,
  };
}

export function main(argv: readonly string[]): number {
  try {
    const args = parseArgs(argv);
    const text = readArticle(args.file);
    const { candidates, note } = extractCandidates(text, { language: args.language, referenceDate: args.date, minScore: args.minScore });
    if (note) process.stderr.write(`extract: note: ${note}\n`);
    process.stdout.write(`${JSON.stringify(candidates.map(toOutput), null, 2)}\n`);
    return 0;
  } catch (e) {
    if (e instanceof UsageError || e instanceof LanguageError) {
      process.stderr.write(`extract: ${e.message}\n`);
      return 2;
    }
    process.stderr.write(`extract: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.exitCode = main(process.argv.slice(2));
}
