import Link from "next/link";

export function AdminNav({ current }: { current: "users" | "audit" }) {
  return (
    <nav aria-label="Admin" className="subnav">
      {current === "users" ? <strong>Accounts</strong> : <Link href="/admin/users">Accounts</Link>}
      {current === "audit" ? <strong>Audit log</strong> : <Link href="/admin/audit">Audit log</Link>}
    </nav>
  );
}
