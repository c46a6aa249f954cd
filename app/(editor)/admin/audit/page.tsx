import type { Metadata } from "next";
import Link from "next/link";
import { DateTimeText } from "@/app/_components/date-text";
import { PERMISSIONS } from "@/lib/auth/permissions";
import { pageActor } from "@/lib/auth/session";
import { describeChange } from "@/lib/forecasts/revision-format";
import { OUTCOME_STATUS_LABEL } from "@/lib/outcomes/labels";
import { listAuditActions, listAuditEntries } from "@/lib/read/admin";
import { pageMetadata } from "@/lib/share/metadata";
import { AdminNav } from "../admin-nav";

export const metadata: Metadata = pageMetadata({
  title: "Audit log",
  description: "Every write, with who and when (admins only).",
  path: "/admin/audit",
  noindex: true,
});

const PAGE_SIZE = 50;

type Detail = Record<string, unknown> | null;

function statusLabel(s: unknown): string {
  return (OUTCOME_STATUS_LABEL as Record<string, string>)[String(s)] ?? String(s);
}

/** One line on what a write did, from its logged detail. */
function describeAction(action: string, d: Detail): string {
  if (!d) return "";
  const reason = d.reason ? `; reason: ${String(d.reason)}` : "";
  switch (action) {
    case "outcome.record":
    case "outcome.supersede":
      return `“${statusLabel(d.status)}”${d.occurredOn ? `, occurred ${String(d.occurredOn)}` : ""}, ${String(d.evidence ?? 0)} source(s)${d.supersedesId ? `, supersedes record #${String(d.supersedesId)}` : ""}${reason}${d.eventId ? ` (resolved with event #${String(d.eventId)})` : ""} → version ${String(d.version)}`;
    case "outcome.retract":
      return `withdrew “${statusLabel(d.status)}” (record #${String(d.supersedesId)})${reason} → version ${String(d.version)}`;
    case "forecast.correct":
      return `${Object.entries((d.changes ?? {}) as Record<string, { from: unknown; to: unknown }>)
        .map(([k, c]) => describeChange(k, c))
        .join("; ")}${reason} → version ${String(d.version)}`;
    case "event.resolve":
      return `“${statusLabel(d.status)}” for forecasts ${((d.forecastIds ?? []) as number[]).map((id) => `#${id}`).join(", ")}`;
    case "user.create":
      return `${String(d.email)} as ${String(d.role)} (${String(d.via)})`;
    case "user.set_role":
      return `${String(d.email)}: ${String(d.from)} → ${String(d.to)}`;
    case "user.sign_up":
      return `${String(d.email)} signed up (reader)`;
    default:
      return JSON.stringify(d);
  }
}

function pageHref(page: number, action: string | undefined): string {
  const q = new URLSearchParams({ ...(action ? { action } : {}), page: String(page) });
  return `/admin/audit?${q}`;
}

function Entity({ type, id }: { type: string; id: string }) {
  if (type === "forecast") return <Link href={`/forecasts/${id}`}>forecast #{id}</Link>;
  if (type === "event") return <span>event #{id}</span>;
  return <span>{type}</span>;
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await pageActor(PERMISSIONS.readAudit, "/admin/audit");
  const raw = await searchParams;
  const page = typeof raw.page === "string" && /^[1-9]\d{0,5}$/.test(raw.page) ? Number(raw.page) : 1;
  const actions = await listAuditActions();
  const action = typeof raw.action === "string" && actions.includes(raw.action) ? raw.action : undefined;
  const log = await listAuditEntries({ page, pageSize: PAGE_SIZE, action });
  return (
    <>
      <AdminNav current="audit" />
      <h1>Audit log</h1>
      <p className="lead">Every write made through the app or its scripts: who, when, what. Newest first; nothing here can be changed or deleted.</p>
      <form className="filters" method="get" action="/admin/audit" aria-label="Filter the audit log">
        <label>
          Action
          <select name="action" defaultValue={action ?? ""}>
            <option value="">all ({actions.length} kinds)</option>
            {actions.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
        <div>
          <button type="submit">Apply</button>
        </div>
      </form>
      <p className="small muted" data-testid="audit-count">
        {log.total} entries
      </p>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th>When (UTC)</th>
              <th>Who</th>
              <th>Action</th>
              <th>On</th>
              <th>What</th>
            </tr>
          </thead>
          <tbody>
            {log.items.map((e) => (
              <tr key={e.id} data-testid="audit-row">
                <td className="small nowrap">
                  <DateTimeText at={e.at} />
                </td>
                <td className="small">{e.user ? `${e.user.name} (${e.user.email})` : <span className="muted">command line / setup</span>}</td>
                <td className="small">
                  <code>{e.action}</code>
                </td>
                <td className="small nowrap">
                  <Entity type={e.entityType} id={e.entityId} />
                </td>
                <td className="small">{describeAction(e.action, e.detail)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav className="pagination" aria-label="Pagination">
        {log.page > 1 ? <Link href={pageHref(log.page - 1, action)}>← Newer</Link> : <span className="muted">← Newer</span>}
        <span>
          Page {log.page} of {log.pages}
        </span>
        {log.page < log.pages ? <Link href={pageHref(log.page + 1, action)}>Older →</Link> : <span className="muted">Older →</span>}
      </nav>
    </>
  );
}
