"use client";

/**
 * Choose a forecaster, author or outlet by typing part of its name (the forecast list's filters):
 * an ARIA 1.2 combobox (a text field with a list box popup, the active option through
 * aria-activedescendant; arrows, Enter, Escape, Home/End in the field). The matches come from
 * GET /api/v1/sources as the reader types. A picked match submits its slug; typed text without a
 * pick submits the text, which the page resolves (lib/forecasts/source-filters.ts). Without
 * JavaScript the field itself submits its text under the filter's name.
 */
import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { plural } from "@/lib/format/numbers";
import styles from "./source-combobox.module.css";

type Kind = "forecaster" | "author" | "outlet";
interface Match {
  slug: string;
  name: string;
  forecasts: number;
}

const LIMIT = 8;
const DELAY_MS = 150;
/** What each kind's count is (README, GET /api/v1/sources). */
const COUNT_WORD: Record<Kind, (n: number) => string> = {
  forecaster: (n) => plural(n, "forecast"),
  author: (n) => `${plural(n, "forecast")} by others`,
  outlet: (n) => plural(n, "forecast"),
};

export function SourceCombobox(props: { kind: Kind; label: string; text: string; slug?: string; placeholder?: string }) {
  const { kind } = props;
  const id = useId();
  const listId = `${id}-list`;
  const [text, setText] = useState(props.text);
  const [slug, setSlug] = useState(props.slug ?? "");
  const [items, setItems] = useState<Match[]>([]);
  const [matched, setMatched] = useState(0);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState("");
  const [hydrated, setHydrated] = useState(false);
  const request = useRef<AbortController | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    setHydrated(true);
    return () => {
      request.current?.abort();
      if (timer.current) clearTimeout(timer.current);
    };
  }, []);

  function lookUp(q: string) {
    if (timer.current) clearTimeout(timer.current);
    request.current?.abort();
    if (!/[\p{L}\p{N}]/u.test(q)) {
      setItems([]);
      setOpen(false);
      setStatus("");
      return;
    }
    timer.current = setTimeout(async () => {
      const controller = new AbortController();
      request.current = controller;
      try {
        const res = await fetch(`/api/v1/sources?${new URLSearchParams({ kind, q: q.slice(0, 100), limit: String(LIMIT) })}`, { signal: controller.signal });
        if (!res.ok) throw new Error(String(res.status));
        const body = (await res.json()) as { matched: number; items: Match[] };
        // An answer for what the reader typed before (its request aborted after the answer came) is dropped.
        if (controller.signal.aborted || request.current !== controller) return;
        setItems(body.items);
        setMatched(body.matched);
        setActive(-1);
        setOpen(true);
        setStatus(
          body.matched === 0
            ? `No ${kind} matches “${q.trim()}”.`
            : `${plural(body.matched, "match", "matches")}${body.matched > body.items.length ? `, the first ${body.items.length} shown` : ""}; up and down arrows to choose.`,
        );
      } catch (e) {
        if ((e as Error).name === "AbortError" || request.current !== controller) return;
        setItems([]);
        setOpen(false);
        setStatus("Matches could not be loaded; the name you type is looked up when you apply.");
      }
    }, DELAY_MS);
  }

  function pick(m: Match) {
    setText(m.name);
    setSlug(m.slug);
    setOpen(false);
    setActive(-1);
    setStatus(`${m.name} chosen.`);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    const last = items.length - 1;
    switch (e.key) {
      case "ArrowDown":
      case "ArrowUp": {
        if (!items.length) return;
        e.preventDefault();
        if (!open) {
          setOpen(true);
          if (e.altKey) return;
        }
        const down = e.key === "ArrowDown";
        setActive((a) => (a < 0 ? (down ? 0 : last) : down ? (a >= last ? 0 : a + 1) : a <= 0 ? last : a - 1));
        return;
      }
      case "Enter":
        if (open && active >= 0 && items[active]) {
          e.preventDefault();
          pick(items[active]);
        }
        return;
      case "Escape":
        if (open) {
          e.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (text) {
          e.preventDefault();
          setText("");
          setSlug("");
          setStatus("");
        }
        return;
      case "Tab":
        setOpen(false);
        return;
    }
  }

  const showList = open && items.length > 0;
  const activeId = showList && active >= 0 ? `${id}-opt-${active}` : undefined;
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={activeId}
        aria-describedby={`${id}-hint`}
        autoComplete="off"
        autoCapitalize="words"
        spellCheck={false}
        enterKeyHint="search"
        // Without JavaScript the field submits its text; with it, the hidden field below does (the slug once a match is picked).
        name={hydrated ? undefined : kind}
        value={text}
        placeholder={props.placeholder ?? "any: type part of a name"}
        onChange={(e) => {
          setText(e.target.value);
          setSlug("");
          // The matches shown are for what was typed before until the new ones come: none is active, so Enter cannot pick one of those.
          setActive(-1);
          lookUp(e.target.value);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => {
          if (items.length && !slug) setOpen(true);
        }}
        onBlur={() => setOpen(false)}
      />
      {hydrated ? <input type="hidden" name={kind} value={slug || text} /> : null}
      <span id={`${id}-hint`} className="sr-only">
        Type part of a name, then choose a match.
      </span>
      <div className={styles.popup} hidden={!open}>
        <div id={listId} role="listbox" aria-label={`${props.label} matches`} hidden={!showList}>
          {items.map((m, i) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard chooses in the field itself (arrows and Enter, aria-activedescendant)
            <div
              key={m.slug}
              id={`${id}-opt-${i}`}
              role="option"
              tabIndex={-1}
              aria-selected={i === active}
              className={i === active ? `${styles.option} ${styles.active}` : styles.option}
              // Keep the focus in the field: the popup closes on blur.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(m)}
            >
              <span className={styles.name}>{m.name}</span>
              <span className={styles.count}>{COUNT_WORD[kind](m.forecasts)}</span>
            </div>
          ))}
        </div>
        {!items.length ? <p className={styles.note}>{status}</p> : null}
        {items.length && matched > items.length ? (
          <p className={styles.note}>{plural(matched - items.length, "more match", "more matches")}: type more of the name</p>
        ) : null}
      </div>
      <span className="sr-only" aria-live="polite">
        {status}
      </span>
    </div>
  );
}
