import Link from "next/link";
import { SiteChrome } from "./_components/site-chrome";

export default function NotFound() {
  return (
    <SiteChrome>
      <h1>Not found</h1>
      <p>
        There is nothing at this address. <Link href="/forecasts">Search the forecasts</Link>.
      </p>
    </SiteChrome>
  );
}
