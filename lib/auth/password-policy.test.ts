import { describe, expect, it, vi } from "vitest";
import { passwordProblem } from "./password-policy";

vi.mock("server-only", () => ({}));

describe("the password policy (finding 10)", () => {
  it.each([
    ["aaaaaaaaaaaa", "ada@example.org", /different characters/],
    ["abababababab", "ada@example.org", /different characters/],
    ["ada@example.org", "ada@example.org", /email/],
    ["ADA@EXAMPLE.ORG!", "ada@example.org", /email/],
    ["lovelace-2024!", "lovelace@example.org", /email/],
    ["password1234", "ada@example.org", /common/],
    ["Qwertyuiop12", "ada@example.org", /common/],
    ["123456789012", "ada@example.org", /common|different/],
    ["short", "ada@example.org", /at least 12/],
  ])("refuses %s for %s", (password, email, message) => {
    expect(passwordProblem(password, { email })).toMatch(message);
  });

  it.each(["correct horse battery staple", "e2e-password-not-for-production", "hindsight-demo-admin", "7hT!kq2#vLx9"])("accepts %s", (password) => {
    expect(passwordProblem(password, { email: "ada@example.org", name: "Ada Lovelace" })).toBeNull();
  });

  it("is enforced when an account is created (admin page, command line)", { timeout: 30_000 }, async () => {
    const { seededWithAccounts } = await import("@/test/auth");
    const { createAccount } = await import("@/lib/accounts/accounts");
    const ctx = await seededWithAccounts();
    try {
      for (const password of ["aaaaaaaaaaaa", "weak.one@test.invalid"]) {
        await expect(
          createAccount(ctx.db, ctx.auth, ctx.accounts.admin.actor, { name: "Weak", email: "weak.one@test.invalid", role: "editor", password }, "admin"),
        ).rejects.toMatchObject({ code: "unprocessable", fields: [{ field: "password" }] });
      }
    } finally {
      ctx.cleanup();
    }
  });
});
