import { notFound } from "next/navigation";
import { connection } from "next/server";
import { CARD_SIZE } from "@/app/_components/share/card-frame";
import { scorecardImage } from "@/app/_components/share/scorecard-image";
import { getScorecard } from "@/lib/read/share";

export const size = CARD_SIZE;
export const contentType = "image/png";
export const alt = "Scorecard: Brier score, number scored and a calibration plot";

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  await connection();
  const card = await getScorecard("people", (await params).slug);
  if (!card) notFound();
  return scorecardImage(card);
}
