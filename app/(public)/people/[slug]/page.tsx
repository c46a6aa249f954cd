import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getDb } from "@/db/client";
import { exportForecasts } from "@/db/queries/forecasts";
import { getPersonBySlug } from "@/db/queries/sources";
import { ForecastList } from "../../../_components/forecast-list";

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  await connection();
  const p = getPersonBySlug(getDb(), (await params).slug);
  return { title: p ? p.person.name : "Not found" };
}

export default async function PersonPage({ params }: Params) {
  await connection();
  const { slug } = await params;
  const db = getDb();
  const found = getPersonBySlug(db, slug);
  if (!found) notFound();
  const { person } = found;
  const made = exportForecasts(db, { forecaster: slug });
  const publishedFromOthers = exportForecasts(db, { author: slug }).filter((f) => f.forecaster.slug !== slug);
  return (
    <>
      <p className="small muted">
        <Link href="/people">People and institutions</Link>
      </p>
      <h1>{person.name}</h1>
      <p className="lead">
        {person.kind === "institution" ? "Institution" : "Person"}
        {person.description ? ` · ${person.description}` : ""}
      </p>
      {found.authored.length ? (
        <p className="small">
          Author of:{" "}
          {found.authored.map((a, i) => (
            <span key={a.slug}>
              {i ? "; " : ""}
              <Link href={`/articles/${a.slug}`}>{a.title}</Link>
            </span>
          ))}
        </p>
      ) : null}
      <h2>Forecasts {person.name} made ({made.length})</h2>
      <ForecastList items={made} empty="No forecasts attributed to them." />
      {found.authored.length ? (
        <>
          <h2>Forecasts of others they published ({publishedFromOthers.length})</h2>
          <p className="small muted">Quoted or reported in their articles; these count for the forecaster, not for {person.name}.</p>
          <ForecastList items={publishedFromOthers} empty="None: every forecast in their articles is their own." />
        </>
      ) : null}
    </>
  );
}
