import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
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

interface Column<T> {
  label: string;
  num?: boolean;
  cell: (row: T) => ReactNode;
}

const muted = (text: string) => <span className="muted">{text}</span>;

/** One page of a list: the page links above and below a table of `rows`; 404 past the last page. */
function ListTable<T extends { slug: string }>(props: {
  kind: ListKind;
  page: number;
  total: number;
  noun: [string, string];
  rows: T[];
  columns: Column<T>[];
}) {
  const { kind, page, total, noun, rows, columns } = props;
  if (page > 1 && (page - 1) * LIST_PAGE_SIZE >= total) notFound();
  const pages = (
    <PageLinks
      page={page}
      pageSize={LIST_PAGE_SIZE}
      total={total}
      noun={noun}
      href={(p) => (p === 1 ? `/${kind}` : `/${kind}?page=${p}`)}
      testid={`${kind}-pages`}
    />
  );
  return (
    <>
      {pages}
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.label} className={c.num ? "num" : undefined}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.slug}>
                {columns.map((c) => (
                  <td key={c.label} className={c.num ? "num" : undefined}>
                    {c.cell(row)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages}
    </>
  );
}

const window = (page: number) => ({ limit: LIST_PAGE_SIZE, offset: (page - 1) * LIST_PAGE_SIZE });

type ArticleRow = Awaited<ReturnType<typeof listArticles>>[number];
const ARTICLE_COLUMNS: Column<ArticleRow>[] = [
  { label: "Title", cell: (a) => <Link href={`/articles/${a.slug}`}>{a.title}</Link> },
  { label: "Author", cell: (a) => a.authors ?? muted("not named") },
  { label: "Outlet", cell: (a) => (a.outletSlug ? <Link href={`/outlets/${a.outletSlug}`}>{a.outletName}</Link> : muted("not named")) },
  { label: "Language", cell: (a) => a.language },
  { label: "Date on page", cell: (a) => (a.publishedOn ? formatDate(a.publishedOn) : muted("none shown")) },
  { label: "First published", cell: (a) => (a.firstPublishedOn ? formatDate(a.firstPublishedOn) : muted("same or unknown")) },
  { label: "Forecasts", num: true, cell: (a) => a.forecasts },
];

type PersonRow = Awaited<ReturnType<typeof listPeople>>[number];
const PERSON_COLUMNS: Column<PersonRow>[] = [
  { label: "Name", cell: (p) => <Link href={`/people/${p.slug}`}>{p.name}</Link> },
  { label: "Kind", cell: (p) => p.kind },
  { label: "Forecasts made", num: true, cell: (p) => p.made },
  { label: "Resolved", num: true, cell: (p) => p.resolved },
  { label: "Articles written", num: true, cell: (p) => p.articles },
];

type OutletRow = Awaited<ReturnType<typeof listOutlets>>[number];
const OUTLET_COLUMNS: Column<OutletRow>[] = [
  { label: "Outlet", cell: (o) => <Link href={`/outlets/${o.slug}`}>{o.name}</Link> },
  { label: "Site", cell: (o) => o.site ?? muted("unknown") },
  { label: "Language", cell: (o) => o.language ?? "" },
  { label: "Articles", num: true, cell: (o) => o.articles },
  { label: "Forecasts", num: true, cell: (o) => o.forecasts },
];

export async function ArticlesList({ page }: { page: number }) {
  const [rows, counts] = await Promise.all([listArticles(window(page).limit, window(page).offset), countListed()]);
  return <ListTable kind="articles" page={page} total={counts.articles} noun={["article", "articles"]} rows={rows} columns={ARTICLE_COLUMNS} />;
}

export async function PeopleList({ page }: { page: number }) {
  const [rows, counts] = await Promise.all([listPeople(window(page)), countListed()]);
  const noun: [string, string] = ["person or institution", "people and institutions"];
  return <ListTable kind="people" page={page} total={counts.people} noun={noun} rows={rows} columns={PERSON_COLUMNS} />;
}

export async function OutletsList({ page }: { page: number }) {
  const [rows, counts] = await Promise.all([listOutlets(window(page)), countListed()]);
  return <ListTable kind="outlets" page={page} total={counts.outlets} noun={["outlet", "outlets"]} rows={rows} columns={OUTLET_COLUMNS} />;
}
