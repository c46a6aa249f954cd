"use server";
/**
 * Server actions for the editor forms: record, retract, resolve a shared event together, correct
 * a forecast. Each one checks the role on the server (runAction), then calls the same domain
 * function the JSON API uses; the domain function checks the role again and does the version
 * check and the write in one transaction.
 */
import { updateTag } from "next/cache";
import { PERMISSIONS } from "@/lib/auth/permissions";
import type { ActionResult } from "@/lib/http/action-result";
import { parseId } from "@/lib/http/ids";
import { runAction } from "@/lib/http/server-action";
import { appWriter } from "@/lib/ledger/engine";
import type { OutcomeRecordDTO } from "@/lib/outcomes/history";

/**
 * The write itself moved the cache tags of every page it changed, in the database, for every
 * process (lib/ledger/forecasts-changed.ts). updateTag makes the action's answer tell the
 * editor's browser to drop the pages it holds, so the editor reads their own write everywhere.
 */
function revalidateEverything() {
  updateTag("ledger");
}

export async function recordOutcomeAction(forecastId: number, input: unknown): Promise<ActionResult<OutcomeRecordDTO>> {
  return runAction(PERMISSIONS.recordOutcome, async (actor) => {
    const record = await appWriter().recordOutcome(actor, parseId(forecastId, "forecast", "value"), input);
    revalidateEverything();
    return record;
  });
}

export async function retractOutcomeAction(forecastId: number, input: unknown): Promise<ActionResult<OutcomeRecordDTO>> {
  return runAction(PERMISSIONS.recordOutcome, async (actor) => {
    const record = await appWriter().retractOutcome(actor, parseId(forecastId, "forecast", "value"), input);
    revalidateEverything();
    return record;
  });
}

export async function resolveEventAction(eventId: number, input: unknown): Promise<ActionResult<OutcomeRecordDTO[]>> {
  return runAction(PERMISSIONS.recordOutcome, async (actor) => {
    const records = await appWriter().resolveEventTogether(actor, parseId(eventId, "event", "value"), input);
    revalidateEverything();
    return records;
  });
}

export async function correctForecastAction(forecastId: number, input: unknown): Promise<ActionResult<{ version: number }>> {
  return runAction(PERMISSIONS.correctForecast, async (actor) => {
    const revision = await appWriter().correctForecast(actor, parseId(forecastId, "forecast", "value"), input);
    revalidateEverything();
    return { version: revision.version };
  });
}
