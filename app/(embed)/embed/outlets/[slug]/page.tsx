import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { EmbedScorecard } from "@/app/_components/share/embed-scorecard";
import { getScorecard } from "@/lib/read/share";

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  await connection();
  const card = await getScorecard("outlets", (await params).slug);
  return card
    ? { title: `Scorecard: ${card.name}`, description: card.reading, alternates: { canonical: card.path }, robots: { index: false } }
    : { title: "Not found" };
}

/** /embed/outlets/:slug: the compact scorecard, without site chrome, for framing on other sites. */
export default async function Embed({ params }: Params) {
  await connection();
  const card = await getScorecard("outlets", (await params).slug);
  if (!card) notFound();
  return <EmbedScorecard card={card} />;
}
