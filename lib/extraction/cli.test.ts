/** The command-line front end (scripts/extract.ts), run as a child process on temporary files. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const SCRIPT = join(ROOT, "scripts", "extract.ts");
const FIELDS = [
  "sentence",
  "quote",
  "start",
  "end",
  "language",
  "lexiconClass",
  "probability",
  "probabilityRange",
  "polarity",
  "deadline",
  "deadlineBasis",
  "condition",
  "forecaster",
  "score",
  "cues",
  "reason",
];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "extract-cli-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function run(...args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", SCRIPT, ...args], { cwd: ROOT, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe("scripts/extract.ts", () => {
  it("prints the candidates of a .txt file as JSON with exactly the documented fields", () => {
    const text = "Die Ministerin sagte, der Tunnel werde spätestens 2028 fertig. Der alte Tunnel wurde 1970 gebaut.";
    const r = run(file("a.txt", text), "--date", "2025-03-01");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    expect(out).toHaveLength(1);
    expect(Object.keys(out[0]!)).toEqual(FIELDS);
    expect(out[0]).toMatchObject({
      language: "de",
      lexiconClass: "WILL",
      polarity: "positive",
      deadline: "2028-12-31",
      deadlineBasis: "stated",
      condition: null,
    });
    expect(text.slice(out[0]!.start as number, out[0]!.end as number)).toBe(out[0]!.quote);
  });

  it("strips markdown from .md and tags from .html", () => {
    const md = run(file("b.md", "## Ausblick\n\nDer Umsatz wird **wahrscheinlich** im [Herbst](https://example.org) sinken.\n"), "--date", "2025-03-01");
    expect(md.code).toBe(0);
    expect(JSON.parse(md.stdout)[0]).toMatchObject({ quote: "Der Umsatz wird wahrscheinlich im Herbst sinken.", lexiconClass: "LIKELY" });
    const html = run(
      file("c.html", "<html><body><p>If the ceasefire holds, the border <b>will</b> reopen by March 2026.</p></body></html>"),
      "--lang",
      "en",
      "--date",
      "2025-03-01",
    );
    expect(html.code).toBe(0);
    expect(JSON.parse(html.stdout)[0]).toMatchObject({ deadline: "2026-03-31", condition: "If the ceasefire holds" });
  });

  it.each([
    ["a missing file", ["does-not-exist.txt"], /no such file/],
    ["an unknown extension", ["@pdf"], /unknown file type ".pdf"/],
    ["a bad --lang", ["@txt", "--lang", "fr"], /--lang must be one of de, nl, en/],
    ["a bad --date", ["@txt", "--date", "2025-02-30"], /--date must be a calendar date/],
    ["no file at all", [], /missing FILE/],
    ["an undetectable language", ["@short"], /could not detect the language/],
  ])("exits with code 2 and a clear message for %s", (_label, args, message) => {
    const paths: Record<string, string> = {
      "@pdf": file("d.pdf", "Der Tunnel wird 2028 fertig."),
      "@txt": file("e.txt", "Der Tunnel wird 2028 fertig."),
      "@short": file("f.txt", "Ok."),
    };
    const r = run(...args.map((a) => paths[a] ?? (a.endsWith(".txt") ? join(dir, a) : a)));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe("");
  });
});
