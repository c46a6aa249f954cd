import { describe, expect, it } from "vitest";
import { OUTCOME_STATUSES } from "@/lib/vocabulary";
import { ALL_OUTCOME_STATUSES, isResolved, type OutcomeStatus, outcomeOf } from "./outcome-status";

describe("outcome statuses", () => {
  it("scores yes as 1 and no as 0, and nothing else", () => {
    expect(outcomeOf("yes")).toBe(1);
    expect(outcomeOf("no")).toBe(0);
    expect(outcomeOf("ambiguous")).toBeNull();
    expect(outcomeOf("annulled")).toBeNull();
    expect(outcomeOf("condition_not_met")).toBeNull();
    expect(outcomeOf(null)).toBeNull();
  });

  it("counts every recorded status as resolved, and pending (null) as not", () => {
    expect(ALL_OUTCOME_STATUSES.every((s) => isResolved(s))).toBe(true);
    expect(isResolved(null)).toBe(false);
    expect(() => isResolved("maybe" as OutcomeStatus)).toThrow(/unknown outcome status/);
    expect(() => outcomeOf("maybe" as OutcomeStatus)).toThrow(/unknown outcome status/);
  });

  it("covers exactly the statuses of db/schema.ts", () => {
    expect([...ALL_OUTCOME_STATUSES].sort()).toEqual([...OUTCOME_STATUSES].sort());
  });
});
