import { describe, expect, it } from "vitest";
import { DatabaseUrlError, databasePath, databaseTarget, redactUrl } from "./env";

describe("DATABASE_URL", () => {
  it("a path or a file: URL is a SQLite file, as before", () => {
    expect(databaseTarget("file:./data/hindsight.db")).toEqual({ engine: "sqlite", file: "./data/hindsight.db" });
    expect(databaseTarget("./data/x.db")).toEqual({ engine: "sqlite", file: "./data/x.db" });
    expect(databaseTarget("/var/lib/hindsight/ledger.db")).toEqual({ engine: "sqlite", file: "/var/lib/hindsight/ledger.db" });
    expect(databaseTarget("file:///var/lib/x.db")).toEqual({ engine: "sqlite", file: "/var/lib/x.db" });
    expect(databaseTarget("C:\\data\\x.db")).toEqual({ engine: "sqlite", file: "C:\\data\\x.db" });
  });

  it("postgres:// and postgresql:// are PostgreSQL, never a file name", () => {
    expect(databaseTarget("postgres://app:pw@db.example:5432/hindsight")).toEqual({ engine: "postgres", url: "postgres://app:pw@db.example:5432/hindsight" });
    expect(databaseTarget("postgresql://localhost/hindsight?sslmode=require").engine).toBe("postgres");
    expect(databaseTarget("POSTGRES://localhost/h").engine).toBe("postgres");
  });

  it("refuses an unknown scheme, naming it and the forms that work", () => {
    expect(() => databaseTarget("mysql://localhost/hindsight")).toThrow(DatabaseUrlError);
    expect(() => databaseTarget("mysql://localhost/hindsight")).toThrow(/scheme "mysql:".*\n.*file:.*postgres:\/\//s);
    expect(() => databaseTarget("sqlite:./x.db")).toThrow(/scheme "sqlite:"/);
  });

  it("refuses a PostgreSQL URL that does not parse", () => {
    expect(() => databaseTarget("postgres://user:p@ss:word@/x:y")).toThrow(/not a valid PostgreSQL connection URL/);
  });

  it("the SQLite-only code refuses a PostgreSQL URL with what works there, hiding the password", () => {
    expect(() => databasePath("postgres://app:secret@db/hindsight")).toThrow(DatabaseUrlError);
    try {
      databasePath("postgres://app:secret@db/hindsight");
    } catch (err) {
      expect((err as Error).message).toContain("postgres://app:***@db/hindsight");
      expect((err as Error).message).not.toContain("secret");
      expect((err as Error).message).toContain("npm run db:copy");
    }
    expect(databasePath("file:./data/hindsight.db")).toBe("./data/hindsight.db");
  });

  it("redacts only the password", () => {
    expect(redactUrl("postgres://app:s3cr%40t@h:5/db")).toBe("postgres://app:***@h:5/db");
    expect(redactUrl("postgres://app@h/db")).toBe("postgres://app@h/db");
  });
});
