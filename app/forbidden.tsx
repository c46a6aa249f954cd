import { NotAllowed } from "@/app/_components/editor/not-allowed";
import { currentActor } from "@/lib/auth/session";
import { SiteChrome } from "./_components/site-chrome";

/** What forbidden() shows, with status 403: a signed-in account whose role lacks the page's permission. */
export default async function Forbidden() {
  const actor = await currentActor();
  return <SiteChrome>{actor ? <NotAllowed actor={actor} /> : <p className="error-box">Not allowed.</p>}</SiteChrome>;
}
