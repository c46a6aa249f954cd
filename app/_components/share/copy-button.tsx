"use client";

import { useState } from "react";

/** Copies a text (the page's link, an embed snippet) to the clipboard and says so; `text` defaults to the page's address. */
export function CopyButton({ text, label = "Copy link" }: { text?: string; label?: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  async function copy() {
    try {
      await navigator.clipboard.writeText(text ?? window.location.href.split("#")[0] ?? "");
      setState("copied");
    } catch {
      setState("failed");
    }
    setTimeout(() => setState("idle"), 2500);
  }
  return (
    <button type="button" className="copy-button" onClick={copy} aria-live="polite">
      {state === "copied" ? "Copied" : state === "failed" ? "Could not copy: select and copy by hand" : label}
    </button>
  );
}
