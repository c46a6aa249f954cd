import type { ReactNode } from "react";
import { SiteChrome } from "../_components/site-chrome";

export default function Layout({ children }: { children: ReactNode }) {
  return <SiteChrome>{children}</SiteChrome>;
}
