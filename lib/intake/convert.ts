/**
 * An uploaded article file as plain text, the form the ledger stores and quotes are checked
 * against: HTML through html-to-text (the article element when there is one, no links or
 * images, headings kept in their case), markdown and plain text through lib/text/plain-text.ts
 * plainText, as `npm run extract` reads files.
 */
import { convert } from "html-to-text";
import { AppError } from "@/lib/http/errors";
import { plainText } from "@/lib/text/plain-text";
import { normalizeText } from "./intake-schema";

export const UPLOAD_EXTENSIONS = [".txt", ".md", ".html", ".htm"] as const;
export const MAX_UPLOAD_CHARS = 2_000_000;

export interface ConvertedFile {
  text: string;
  /** The HTML <title> or first heading, to prefill the title field; null when there is none. */
  title: string | null;
}

const HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6"].map((selector) => ({ selector, options: { uppercase: false } }));

export function htmlToPlainText(html: string): string {
  return convert(html, {
    wordwrap: false,
    baseElements: { selectors: ["article"], returnDomByDefault: true },
    selectors: [
      { selector: "a", options: { ignoreHref: true } },
      { selector: "img", format: "skip" },
      { selector: "script", format: "skip" },
      { selector: "style", format: "skip" },
      { selector: "nav", format: "skip" },
      { selector: "table", options: { uppercaseHeaderCells: false } },
      ...HEADINGS,
    ],
  });
}

function htmlTitle(html: string): string | null {
  const m = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html) ?? /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(html);
  if (!m) return null;
  const t = convert(m[1]!, { wordwrap: false }).replace(/\s+/g, " ").trim();
  return t || null;
}

function extensionOf(fileName: string): string {
  const m = /\.[^.]+$/.exec(fileName.toLowerCase());
  return m ? m[0] : "";
}

export function convertUpload(fileName: string, content: string): ConvertedFile {
  if (content.length > MAX_UPLOAD_CHARS)
    throw new AppError("unprocessable", "The file is too large.", [{ field: "file", message: `at most ${MAX_UPLOAD_CHARS.toLocaleString("en")} characters` }]);
  const ext = extensionOf(fileName);
  const raw = normalizeText(content.replace(/^\uFEFF/, ""));
  switch (ext) {
    case ".html":
    case ".htm":
      return {
        text: normalizeText(htmlToPlainText(raw))
          .replace(/\n{3,}/g, "\n\n")
          .trim(),
        title: htmlTitle(raw),
      };
    case ".md":
    case ".txt": {
      const text = plainText(raw);
      const heading = /^#\s+(.+)$/m.exec(raw);
      return { text, title: ext === ".md" && heading ? plainText(heading[1]!) : null };
    }
    default:
      throw new AppError("unprocessable", `Unknown file type “${ext || "(none)"}”.`, [
        { field: "file", message: `use a ${UPLOAD_EXTENSIONS.join(", ")} file` },
      ]);
  }
}
