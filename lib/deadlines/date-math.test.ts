import { describe, expect, it } from "vitest";
import { addDays, addMonths, addYears, daysInMonth, endOfMonth, endOfYear, isIsoDate, parseIsoDate } from "./date-math";

describe("date arithmetic on ISO dates", () => {
  it("ends years and months on their last day", () => {
    expect(endOfYear(2022)).toBe("2022-12-31");
    expect(endOfMonth(2026, 3)).toBe("2026-03-31");
    expect(endOfMonth(2026, 4)).toBe("2026-04-30");
    expect(endOfMonth(2024, 2)).toBe("2024-02-29");
    expect(endOfMonth(2025, 2)).toBe("2025-02-28");
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
  });

  it("adds months and clamps a day past the end of the target month", () => {
    expect(addMonths("2021-02-14", 18)).toBe("2022-08-14");
    expect(addMonths("2025-01-31", 1)).toBe("2025-02-28");
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2025-11-15", 3)).toBe("2026-02-15");
    expect(addMonths("2025-03-15", -3)).toBe("2024-12-15");
  });

  it("adds years, moving 29 February to 28 February in a common year", () => {
    expect(addYears("2021-02-14", 5)).toBe("2026-02-14");
    expect(addYears("2024-02-29", 1)).toBe("2025-02-28");
    expect(addYears("2024-02-29", 4)).toBe("2028-02-29");
  });

  it("adds days across month and year ends", () => {
    expect(addDays("2025-12-25", 14)).toBe("2026-01-08");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
  });

  it("rejects strings that are not calendar dates", () => {
    expect(isIsoDate("2021-02-14")).toBe(true);
    expect(isIsoDate("2021-02-30")).toBe(false);
    expect(isIsoDate("2021-2-3")).toBe(false);
    expect(isIsoDate("14.02.2021")).toBe(false);
    expect(() => parseIsoDate("2021-13-01")).toThrow(/calendar date/);
  });
});
