/** What the admin and intake pages read: accounts, the audit log, the intake form's choices. */
import * as audit from "@/db/queries/audit";
import * as intake from "@/db/queries/intake";
import * as users from "@/db/queries/users";
import { withDb } from "./bind";

export const listUsers = withDb(users.listUsers);
export const listAuditEntries = withDb(audit.listAuditEntries);
export const listAuditActions = withDb(audit.listAuditActions);
export const listIntakeChoices = withDb(intake.listIntakeChoices);
