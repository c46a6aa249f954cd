import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { pageNumber } from "../../../_components/page-links";
import { ArticlesList, LIST_KINDS, type ListKind, OutletsList, PeopleList } from "../../../_components/source-lists";

/**
 * Pages 2, 3, ... of /articles, /people and /outlets (`?page=N` is rewritten here,
 * lib/http/page-rewrites.ts): a page of 50 rows, rendered per request; the first page of each is
 * the cached list page itself.
 */
const TITLE: Record<ListKind, string> = { articles: "Articles", people: "People and institutions", outlets: "Outlets" };
const LIST = { articles: ArticlesList, people: PeopleList, outlets: OutletsList };

type Props = { params: Promise<{ kind: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function resolve({ params, searchParams }: Props): Promise<{ kind: ListKind; page: number } | null> {
  const { kind } = await params;
  const raw = (await searchParams).page;
  const page = typeof raw === "string" ? pageNumber(raw) : null;
  return (LIST_KINDS as readonly string[]).includes(kind) && page !== null ? { kind: kind as ListKind, page } : null;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const found = await resolve(props);
  return found ? { title: `${TITLE[found.kind]}, page ${found.page}`, robots: { index: false } } : {};
}

export default async function ListPage(props: Props) {
  await connection();
  const found = await resolve(props);
  if (!found) notFound();
  const List = LIST[found.kind];
  return (
    <>
      <h1>
        {TITLE[found.kind]} <span className="muted small">page {found.page}</span>
      </h1>
      <List page={found.page} />
    </>
  );
}
