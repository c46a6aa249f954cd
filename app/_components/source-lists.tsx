import Link from "next/link";
import { notFound } from "next/navigation";
import { formatDate } from "@/lib/format/dates";
import { countListed, listArticles, listOutlets, listPeople } from "@/lib/read/ledger";
import { PageLinks } from "./page-links";

/**
 * The lists of articles, people and outlets, a page at a time: the first page at /articles,
 * /people and /outlets (cached), the others at ?page=N (rendered per request through a rewrite to
 * /lists/KIND, lib/http/page-rewrites.ts). A whole list at 1M forecasts was tens of megabytes and
 * tens of seconds to render.
 */
export const LIST_PAGE_SIZE = 50;
export const LIST_KINDS = ["articles", "people", "outlets"] as const;
export type ListKind = (typeof LIST_KINDS)[number];

const window = (page: number) => ({ limit: LIST_PAGE_SIZE, offset: (page - 1) * LIST_PAGE_SIZE });
const href = (kind: ListKind) => (page: number) => (page === 1 ? `/${kind}` : `/${kind}?page=${page}`);

function Pages({ kind, page, total, noun }: { kind: ListKind; page: number; total: number; noun: [string, string] }) {
  if (page > 1 && (page - 1) * LIST_PAGE_SIZE >= total) notFound();
  return <PageLinks page={page} pageSize={LIST_PAGE_SIZE} total={total} noun={noun} href={href(kind)} testid={`${kind}-pages`} />;
}

export async function ArticlesList({ page }: { page: number }) {
  const [rows, counts] = await Promise.all([listArticles(LIST_PAGE_SIZE, (page - 1) * LIST_PAGE_SIZE), countListed()]);
  const pages = <Pages kind="articles" page={page} total={counts.articles} noun={["article", "articles"]} />;
  return (
    <>
      {pages}
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th>Title</th>
              <th>Author</th>
              <th>Outlet</th>
              <th>Language</th>
              <th>Date on page</th>
              <th>First published</th>
              <th className="num">Forecasts</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => (
              <tr key={a.slug}>
                <td>
                  <Link href={`/articles/${a.slug}`}>{a.title}</Link>
                </td>
                <td>{a.authors ?? <span className="muted">not named</span>}</td>
                <td>{a.outletSlug ? <Link href={`/outlets/${a.outletSlug}`}>{a.outletName}</Link> : <span className="muted">not named</span>}</td>
                <td>{a.language}</td>
                <td>{a.publishedOn ? formatDate(a.publishedOn) : <span className="muted">none shown</span>}</td>
                <td>{a.firstPublishedOn ? formatDate(a.firstPublishedOn) : <span className="muted">same or unknown</span>}</td>
                <td className="num">{a.forecasts}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages}
    </>
  );
}

export async function PeopleList({ page }: { page: number }) {
  const [rows, counts] = await Promise.all([listPeople(window(page)), countListed()]);
  const pages = <Pages kind="people" page={page} total={counts.people} noun={["person or institution", "people and institutions"]} />;
  return (
    <>
      {pages}
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th>Name</th>
              <th>Kind</th>
              <th className="num">Forecasts made</th>
              <th className="num">Resolved</th>
              <th className="num">Articles written</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr key={p.slug}>
                <td>
                  <Link href={`/people/${p.slug}`}>{p.name}</Link>
                </td>
                <td>{p.kind}</td>
                <td className="num">{p.made}</td>
                <td className="num">{p.resolved}</td>
                <td className="num">{p.articles}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages}
    </>
  );
}

export async function OutletsList({ page }: { page: number }) {
  const [rows, counts] = await Promise.all([listOutlets(window(page)), countListed()]);
  const pages = <Pages kind="outlets" page={page} total={counts.outlets} noun={["outlet", "outlets"]} />;
  return (
    <>
      {pages}
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th>Outlet</th>
              <th>Site</th>
              <th>Language</th>
              <th className="num">Articles</th>
              <th className="num">Forecasts</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((o) => (
              <tr key={o.slug}>
                <td>
                  <Link href={`/outlets/${o.slug}`}>{o.name}</Link>
                </td>
                <td>{o.site ?? <span className="muted">unknown</span>}</td>
                <td>{o.language ?? ""}</td>
                <td className="num">{o.articles}</td>
                <td className="num">{o.forecasts}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages}
    </>
  );
}
