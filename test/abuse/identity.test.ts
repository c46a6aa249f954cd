/**
 * Identity: an account cannot rename itself, change its email or set a script URL as its image
 * through better-auth's HTTP endpoints, and the outcome history names each recorder as they
 * were named when they recorded (finding 4).
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { users } from "@/db/schema";
import { type Auth, createAuth } from "@/lib/auth/auth";
import { env } from "@/lib/config/env";
import { PASSWORD, seededWithAccounts } from "@/test/auth";

const stub = vi.hoisted(() => ({ db: undefined as unknown, auth: undefined as unknown }));
vi.mock("server-only", () => ({}));
vi.mock("@/db/client", async (original) => ({ ...(await original<typeof import("@/db/client")>()), getDb: () => stub.db }));
vi.mock("@/lib/auth/auth", async (original) => ({ ...(await original<typeof import("@/lib/auth/auth")>()), getAuth: () => stub.auth }));

const { POST } = await import("@/app/api/auth/[...all]/route");
const { recordOutcome } = await import("@/lib/outcomes/record-outcome");
const { getOutcomeHistory } = await import("@/db/queries/outcomes");
const { getRevisionHistory } = await import("@/db/queries/revisions");
const { correctForecast } = await import("@/lib/forecasts/correct-forecast");

let ctx: Awaited<ReturnType<typeof seededWithAccounts>>;
beforeAll(async () => {
  ctx = await seededWithAccounts();
  stub.db = ctx.db;
  stub.auth = createAuth(ctx.db, { ...env(), HINDSIGHT_OPEN_SIGNUP: "true" }) as Auth;
});
afterAll(() => ctx.cleanup());

const ORIGIN = "http://localhost:3000";
let address = 40;
function authPost(path: string, body: unknown, headers: Headers = new Headers()) {
  const h = new Headers(headers);
  h.set("content-type", "application/json");
  h.set("origin", ORIGIN);
  return POST(new Request(`${ORIGIN}/api/auth${path}`, { method: "POST", headers: h, body: JSON.stringify(body) }));
}
const nameOf = (id: string) => ctx.db.select({ name: users.name, email: users.email, image: users.image }).from(users).where(eq(users.id, id)).get()!;

describe("profile changes through better-auth's endpoints", () => {
  it("an editor cannot rename themselves or set an image (update-user is closed)", async () => {
    const editor = ctx.accounts.editor;
    const res = await authPost("/update-user", { name: "Somebody Else", image: "javascript:alert(1)" }, editor.headers);
    expect(res.status).toBe(404);
    expect(nameOf(editor.actor.id)).toMatchObject({ name: "Test editor", image: null });
  });

  it("nor change their email", async () => {
    const editor = ctx.accounts.editor;
    const res = await authPost("/change-email", { newEmail: "taken-over@evil.example" }, editor.headers);
    expect(res.status).toBe(404);
    expect(nameOf(editor.actor.id).email).toBe("editor@test.invalid");
  });

  it.each(["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:x", " JavaScript:alert(1)"])(
    "sign-up refuses image %s",
    async (image) => {
      const email = `signup-${Math.random().toString(36).slice(2)}@test.invalid`;
      // Each from its own address: sign-up allows three attempts a minute per address.
      const res = await authPost(
        "/sign-up/email",
        { name: "New Reader", email, password: PASSWORD, image },
        new Headers({ "x-forwarded-for": `192.0.2.${++address}` }),
      );
      expect(res.status).toBe(400);
      expect(ctx.db.select().from(users).where(eq(users.email, email)).get()).toBeUndefined();
    },
  );
});

describe("the outcome history keeps the recorder's name as it was", () => {
  it("shows the name at the time of recording after the account is renamed", () => {
    const editor = ctx.accounts.editor.actor;
    const version = (id: number) => ctx.db.$client.prepare("SELECT version FROM forecasts WHERE id = ?").pluck().get(id) as number;
    recordOutcome(ctx.db, editor, 17, {
      status: "no",
      occurredOn: "2021-01-20",
      evidence: [{ citation: "A source" }],
      note: null,
      expectedVersion: version(17),
    });
    correctForecast(ctx.db, editor, 17, { expectedVersion: version(17), reason: "typo", question: "Will the renamed test hold?" });
    ctx.db.update(users).set({ name: "Renamed Later" }).where(eq(users.id, editor.id)).run();
    expect(getOutcomeHistory(ctx.db, 17)[0]!.recordedBy.name).toBe("Test editor");
    expect(getRevisionHistory(ctx.db, 17)[0]!.editedBy.name).toBe("Test editor");
  });
});
