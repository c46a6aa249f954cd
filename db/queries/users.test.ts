import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createAccount } from "@/lib/accounts/accounts";
import { createAuth } from "@/lib/auth/auth";
import { loadSeeds } from "@/seeds/load";
import { PASSWORD } from "@/test/auth";
import { freshDatabase } from "@/test/db";
import type { DB } from "../client";
import { listUsers } from "./users";

vi.mock("server-only", () => ({}));

let db: DB;
let cleanup: () => void;
beforeEach(() => ({ db, cleanup } = freshDatabase()));
afterEach(() => cleanup());

describe("listUsers", () => {
  it("tells accounts with a password from those that cannot sign in", async () => {
    loadSeeds(db);
    await createAccount(db, createAuth(db), null, { name: "Ed", email: "ed@test.invalid", role: "editor", password: PASSWORD }, "command-line");
    const rows = listUsers(db);
    expect(rows.map((r) => [r.email, r.role, r.canSignIn])).toEqual([
      ["seed-editor@hindsight.invalid", "editor", false],
      ["ed@test.invalid", "editor", true],
    ]);
  });
});
