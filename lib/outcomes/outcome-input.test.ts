import { describe, expect, it } from "vitest";
import { recordOutcomeSchema } from "./outcome-input";

const NOW = "2026-11-21";
const fields = (input: unknown) => {
  const r = recordOutcomeSchema(NOW).safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("the outcome form's messages", () => {
  it("asks for an outcome in plain words, naming no option the form may not offer", () => {
    const errors = fields({ status: "", expectedVersion: 1 });
    expect(errors).toEqual(["status: choose what happened from the list"]);
    expect(errors.join()).not.toMatch(/condition_not_met|expected one of/);
  });

  it("reports every problem of one submit at once, the cross-field rules included", () => {
    const errors = fields({ status: "yes", occurredOn: "2030-01-01", evidence: [], note: "n".repeat(2001), expectedVersion: 1 });
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^note: at most 2000 characters/),
        "evidence: at least one source (a URL or a citation) is required for yes and no",
        `occurredOn: cannot be in the future (today is ${NOW})`,
      ]),
    );
  });
});
