import { formatDate, formatDateTime, isoMinute } from "@/lib/format/dates";

/** A calendar date as "14 Feb 2017", with the ISO date in dateTime and in the tooltip. */
export function DateText({ iso, fallback = "unknown" }: { iso: string | null | undefined; fallback?: string }) {
  if (!iso) return <span className="muted">{fallback}</span>;
  const day = iso.slice(0, 10);
  return (
    <time dateTime={day} title={day}>
      {formatDate(day)}
    </time>
  );
}

/** A moment as "30 Nov 2026, 13:52 UTC", with the ISO timestamp in dateTime and the tooltip. */
export function DateTimeText({ at }: { at: Date | string }) {
  const d = typeof at === "string" ? new Date(at) : at;
  return (
    <time dateTime={d.toISOString()} title={isoMinute(d)}>
      {formatDateTime(d)}
    </time>
  );
}
