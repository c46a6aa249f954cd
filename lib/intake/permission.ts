/**
 * Who may add sources (the intake form, the bulk import, the extraction assistant behind them).
 *
 * lib/auth/permissions.ts has no statement for creating articles yet; adding forecasts to the
 * ledger is an editor's job like correcting them, so intake reuses the editor permission
 * `forecast: ["correct"]` (editors and admins hold it, readers do not). When an
 * `article: ["create"]` statement is added there, point this constant at it: every intake
 * check (pages, actions, route handlers, the import CLI, lib/intake) goes through it.
 */
import { PERMISSIONS } from "@/lib/auth/permissions";

export const INTAKE_PERMISSION = PERMISSIONS.correctForecast;
