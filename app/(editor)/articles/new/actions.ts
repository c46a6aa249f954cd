"use server";
/**
 * Server actions of the intake form (/articles/new). Each one checks the role on the server
 * through runAction (lib/http/server-action.ts, the helper every editor action uses); the save
 * checks it again in lib/intake and writes everything in one transaction.
 */
import { updateTag } from "next/cache";
import { z } from "zod";
import type { ActionResult } from "@/lib/http/action-result";
import { runAction } from "@/lib/http/server-action";
import { parseInput } from "@/lib/http/validation";
import { type ConvertedFile, convertUpload } from "@/lib/intake/convert";
import { INTAKE_PERMISSION } from "@/lib/intake/permission";
import { appWriter } from "@/lib/ledger/engine";

const uploadSchema = z.strictObject({
  fileName: z.string({ error: "expected the file's name" }).min(1).max(300),
  content: z.string({ error: "expected the file's text" }),
});

/** An uploaded .txt, .md or .html file (read by the browser) as the plain text the ledger keeps. */
export async function convertFileAction(input: unknown): Promise<ActionResult<ConvertedFile>> {
  return runAction(INTAKE_PERMISSION, () => {
    const v = parseInput(uploadSchema, input);
    return convertUpload(v.fileName, v.content);
  });
}

/** Saves the article with the accepted forecasts; answers the new article's slug. */
export async function saveArticleAction(input: unknown): Promise<ActionResult<{ slug: string; forecasts: number }>> {
  return runAction(INTAKE_PERMISSION, async (actor) => {
    const saved = await appWriter().saveArticle(actor, input);
    updateTag("ledger");
    return { slug: saved.article.slug, forecasts: saved.forecasts.length };
  });
}
