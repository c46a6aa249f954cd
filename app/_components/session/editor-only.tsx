"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { type Me, useMe } from "./use-me";

type Permission = keyof NonNullable<Me["user"]>["may"];

/**
 * Editor controls on a cached public page: shown once the browser knows the reader may use them
 * (the server checks the role again on every write). With `loginNext`, everyone else sees why
 * not and where to sign in.
 */
export function EditorOnly({ need, children, loginNext }: { need: Permission; children: ReactNode; loginNext?: string }) {
  const { data } = useMe();
  if (!data) return null;
  if (data.user?.may[need]) return <>{children}</>;
  if (!loginNext) return null;
  return (
    <p className="note-box small" data-testid="editor-note">
      {data.user ? (
        `Your account (${data.user.role}) can read everything here; recording outcomes and corrections needs the editor role.`
      ) : (
        <>
          <Link href={`/login?next=${loginNext}`}>Sign in</Link> as an editor to record an outcome or correct this forecast.
        </>
      )}
    </p>
  );
}
