"use client";
/**
 * The main navigation's links: a row on wide screens, a "Menu" that opens on phones (CSS in
 * app/globals.css). The menu closes again when the page changes.
 */
import { usePathname } from "next/navigation";
import { type ReactNode, useEffect, useRef } from "react";

export function NavMenu({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();
  useEffect(() => {
    if (pathname && ref.current) ref.current.open = false;
  }, [pathname]);
  return (
    <details className="nav-menu" ref={ref}>
      <summary>Menu</summary>
      <div className="nav-menu-items">{children}</div>
    </details>
  );
}
