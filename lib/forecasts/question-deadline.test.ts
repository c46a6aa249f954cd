import { describe, expect, it } from "vitest";
import { questionDeadlinePrompt } from "./question-deadline";

describe("questionDeadlinePrompt", () => {
  it("offers the question with the new date when it names the old one", () => {
    const q = "Will a Russia-Germany alliance overturn the world order by 14 Feb 2020?";
    expect(questionDeadlinePrompt(q, "2020-02-14", "2021-02-14")).toEqual({
      oldText: "14 Feb 2020",
      suggestion: "Will a Russia-Germany alliance overturn the world order by 14 Feb 2021?",
    });
    expect(questionDeadlinePrompt("Before 2020-02-14?", "2020-02-14", "2022-12-31")!.suggestion).toBe("Before 2022-12-31?");
  });
  it("says nothing when the deadline did not change, and asks for a check when the date is not in the question", () => {
    expect(questionDeadlinePrompt("Will X happen?", "2020-02-14", "2020-02-14")).toBeNull();
    expect(questionDeadlinePrompt("Will X happen?", "2020-02-14", "2021-01-01")).toEqual({ oldText: null, suggestion: null });
    expect(questionDeadlinePrompt("Will X happen by 14 Feb 2020?", "2020-02-14", null)).toEqual({ oldText: "14 Feb 2020", suggestion: null });
  });
});
