import type { Metadata } from "next";
import { connection } from "next/server";
import { pageActor } from "@/lib/auth/session";
import { INTAKE_PERMISSION } from "@/lib/intake/permission";
import { ImportForm } from "./import-form";
import "../intake.css";
import { pageMetadata } from "@/lib/share/metadata";

export const metadata: Metadata = pageMetadata({
  title: "Import forecasts",
  description: "Import forecasts in the export format (editors).",
  path: "/import",
  noindex: true,
});

export default async function ImportPage() {
  await connection();
  await pageActor(INTAKE_PERMISSION, "/import");
  return (
    <>
      <h1>Import forecasts</h1>
      <p className="lead">
        A JSON or CSV file in the export format (what <code>npm run export</code> and the “Download” links write). Every row is checked first; the file is
        written only when no row has an error, all in one transaction. Forecasts already stored (same article title and quote) are skipped.
      </p>
      <ImportForm />
    </>
  );
}
