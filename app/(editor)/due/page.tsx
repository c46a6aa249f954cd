import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { can } from "@/lib/auth/actor";
import { PERMISSIONS } from "@/lib/auth/permissions";
import { currentActor } from "@/lib/auth/session";
import { forecastsWithOutcomeRecords } from "@/lib/read/history";
import { getDueForecasts } from "@/lib/read/ledger";
import { pageMetadata } from "@/lib/share/metadata";
import { today } from "@/lib/vocabulary/calendar";
import { DueList } from "./due-list";

export const metadata: Metadata = pageMetadata({
  title: "Due for an outcome",
  description: "Forecasts past their deadline with no outcome recorded, oldest first (editors).",
  path: "/due",
  noindex: true,
});

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The due queue: past their deadline with no outcome, oldest deadline first. */
export default async function DuePage() {
  await connection();
  const actor = await currentActor();
  const due = await getDueForecasts();
  const retracted = await forecastsWithOutcomeRecords(due.map((f) => f.id));
  const editor = can(actor, PERMISSIONS.recordOutcome);
  const now = today();
  return (
    <>
      <h1>Due for an outcome ({due.length})</h1>
      <p className="lead">Forecasts past their deadline that have no outcome yet, the longest overdue first.</p>
      {!editor ? (
        <p className="note-box">
          {actor ? (
            `Your account (${actor.role}) can read this queue; recording outcomes needs the editor role.`
          ) : (
            <>
              <Link href="/login?next=/due">Sign in</Link> as an editor to record outcomes.
            </>
          )}
        </p>
      ) : null}
      {due.length === 0 ? (
        <p className="muted">Nothing is due: every forecast past its deadline has an outcome.</p>
      ) : (
        <DueList rows={due.map((f) => ({ f, daysOverdue: daysBetween(f.deadline!, now), hasHistory: retracted.has(f.id) }))} editor={editor} />
      )}
    </>
  );
}
