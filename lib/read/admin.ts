/** What the admin and intake pages read: accounts, the audit log, the intake form's choices. */
import { fromReader } from "./bind";

export const listUsers = fromReader("listUsers");
export const listAuditEntries = fromReader("listAuditEntries");
export const listAuditActions = fromReader("listAuditActions");
export const listIntakeChoices = fromReader("listIntakeChoices");
