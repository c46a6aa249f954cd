"use client";

import type { ReactNode } from "react";
import { type Me, useMe } from "./use-me";

type Permission = keyof NonNullable<Me["user"]>["may"];

/**
 * Editor controls on a cached public page: shown once the browser knows the reader may use them
 * (the server checks the role again on every write); `otherwise` for everyone else.
 */
export function EditorOnly({ need, children, otherwise }: { need: Permission; children: ReactNode; otherwise?: (me: Me) => ReactNode }) {
  const { data } = useMe();
  if (!data) return null;
  if (data.user?.may[need]) return <>{children}</>;
  return <>{otherwise ? otherwise(data) : null}</>;
}
