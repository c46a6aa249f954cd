"use client";
import { useCallback, useState } from "react";

/**
 * The width of an element, followed as it resizes (charts lay out differently on phones). 0 until
 * measured: a chart draws nothing wider than its box, even for a moment.
 */
export function useWidth<T extends HTMLElement>() {
  const [width, setWidth] = useState(0);
  // A callback ref, so the element that replaces the placeholder is measured and observed too.
  const ref = useCallback((el: T | null) => {
    if (!el) return;
    setWidth(el.clientWidth);
    const ro = new ResizeObserver(([entry]) => entry && setWidth(entry.contentRect.width));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return { ref, width };
}

/** Year ticks between two timestamps, at a step (1, 2, 5, 10, 20, 50 years) that fits `maxTicks`. */
export function yearTicks(start: number, end: number, maxTicks: number): number[] {
  const y0 = new Date(start).getUTCFullYear() + 1;
  const y1 = new Date(end).getUTCFullYear();
  const step = [1, 2, 5, 10, 20, 50, 100].find((s) => (y1 - y0) / s + 1 <= Math.max(2, maxTicks)) ?? 100;
  const ticks: number[] = [];
  for (let y = Math.ceil(y0 / step) * step; y <= y1; y += step) ticks.push(Date.UTC(y, 0, 1));
  return ticks;
}
