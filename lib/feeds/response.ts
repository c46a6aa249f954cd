import { AppError } from "@/lib/http/errors";

/** An Atom document as a response; a missing one (unknown slug) is a 404. */
export function atomResponse(xml: string | null, what: string): Response {
  if (xml === null) throw new AppError("not_found", `No ${what}: check the address (feeds exist for every person, outlet and topic page).`);
  return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8", "cache-control": "public, max-age=300" } });
}
