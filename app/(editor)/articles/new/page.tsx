import type { Metadata } from "next";
import { connection } from "next/server";
import { pageActor } from "@/lib/auth/session";
import { INTAKE_PERMISSION } from "@/lib/intake/permission";
import { listIntakeChoices } from "@/lib/read/admin";
import { today } from "@/lib/vocabulary/calendar";
import { IntakeForm } from "./intake-form";
import "../../intake.css";
import { pageMetadata } from "@/lib/share/metadata";

export const metadata: Metadata = pageMetadata({
  title: "Add an article",
  description: "Add an article and review the forecasts the assistant finds in it (editors).",
  path: "/articles/new",
  noindex: true,
});

/** The intake: an article's text and details, then the assistant's candidate forecasts to review. */
export default async function NewArticlePage() {
  await connection();
  await pageActor(INTAKE_PERMISSION, "/articles/new");
  return (
    <>
      <h1>Add an article</h1>
      <p className="lead">
        Paste the text or upload a file, fill in who published it and when, then review the forecasts the assistant proposes. Nothing is saved until you save
        the article with the forecasts you accepted.
      </p>
      <IntakeForm choices={await listIntakeChoices()} today={today()} />
    </>
  );
}
