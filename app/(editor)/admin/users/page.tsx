import type { Metadata } from "next";
import { DateText } from "@/app/_components/date-text";
import { PERMISSIONS } from "@/lib/auth/permissions";
import { pageActor } from "@/lib/auth/session";
import { listUsers } from "@/lib/read/admin";
import { pageMetadata } from "@/lib/share/metadata";
import { AdminNav } from "../admin-nav";
import { CreateAccountForm, RoleForm } from "./account-forms";

export const metadata: Metadata = pageMetadata({ title: "Accounts", description: "Accounts and roles (admins only).", path: "/admin/users", noindex: true });

export default async function UsersPage() {
  const actor = await pageActor(PERMISSIONS.manageUsers, "/admin/users");
  const users = await listUsers();
  return (
    <>
      <AdminNav current="users" />
      <h1>Accounts ({users.length})</h1>
      <p className="lead">
        Readers read; editors record outcomes and correct forecasts; admins also manage accounts and read the audit log. A role change applies at once.
      </p>
      <section aria-labelledby="create-h" className="panel">
        <h2 id="create-h">Create an account</h2>
        <CreateAccountForm />
      </section>
      <section aria-labelledby="list-h">
        <h2 id="list-h">All accounts</h2>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th>Name</th>
                <th>Email</th>
                <th>Created</th>
                <th>Role</th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr key={u.id} data-testid="user-row">
                  <td>
                    {u.name}
                    {!u.canSignIn ? <span className="muted small"> (no password: cannot sign in)</span> : null}
                  </td>
                  <td>{u.email}</td>
                  <td className="small">
                    <DateText iso={u.createdAt.toISOString()} />
                  </td>
                  <td>
                    <RoleForm userId={u.id} email={u.email} role={u.role} self={u.id === actor.id} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
