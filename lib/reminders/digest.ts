/** The text of a reminder digest (plain text and HTML), from the rows db/queries/reminders.ts returns. Pure. */
import type { DigestForecast, DigestOutcome } from "@/db/queries/reminders";

export interface Digest {
  subject: string;
  text: string;
  html: string;
}

const STATUS: Record<string, string> = {
  yes: "happened",
  no: "did not happen",
  ambiguous: "ambiguous",
  annulled: "annulled",
  condition_not_met: "condition not met",
};

function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function outcomeWords(o: DigestOutcome): string {
  if (o.retraction) return `outcome withdrawn (was: ${STATUS[o.status] ?? o.status})`;
  return `${STATUS[o.status] ?? o.status}${o.occurredOn ? ` on ${o.occurredOn}` : ""}`;
}

export function composeDigest(origin: string, due: DigestForecast[], outcomes: DigestOutcome[], name: string): Digest | null {
  if (!due.length && !outcomes.length) return null;
  const parts: string[] = [];
  if (due.length) parts.push(`${due.length} forecast${due.length === 1 ? "" : "s"} fell due`);
  if (outcomes.length) parts.push(`${outcomes.length} new outcome${outcomes.length === 1 ? "" : "s"} on sources you follow`);
  const subject = `Hindsight: ${parts.join(", ")}`;
  const text = [
    `Hello ${name},`,
    "",
    ...(due.length
      ? [
          "Forecasts that fell due (deadline passed, no outcome yet):",
          ...due.map((f) => `- ${f.question} (${f.forecaster}, deadline ${f.deadline})\n  ${origin}/forecasts/${f.id}`),
          `Record their outcomes in the due queue: ${origin}/due`,
          "",
        ]
      : []),
    ...(outcomes.length
      ? [
          "New outcomes on sources you follow:",
          ...outcomes.map((o) => `- ${o.question} (${o.forecaster}): ${outcomeWords(o)}, recorded by ${o.recordedBy}\n  ${origin}/forecasts/${o.forecastId}`),
          "",
        ]
      : []),
    `Change or stop these reminders: ${origin}/account/reminders`,
  ].join("\n");
  const html = [
    `<p>Hello ${esc(name)},</p>`,
    ...(due.length
      ? [
          "<h2>Forecasts that fell due</h2><ul>",
          ...due.map((f) => `<li><a href="${origin}/forecasts/${f.id}">${esc(f.question)}</a> (${esc(f.forecaster)}, deadline ${f.deadline})</li>`),
          `</ul><p><a href="${origin}/due">Record their outcomes in the due queue</a></p>`,
        ]
      : []),
    ...(outcomes.length
      ? [
          "<h2>New outcomes on sources you follow</h2><ul>",
          ...outcomes.map(
            (o) =>
              `<li><a href="${origin}/forecasts/${o.forecastId}">${esc(o.question)}</a> (${esc(o.forecaster)}): ${esc(outcomeWords(o))}, recorded by ${esc(o.recordedBy)}</li>`,
          ),
          "</ul>",
        ]
      : []),
    `<p><a href="${origin}/account/reminders">Change or stop these reminders</a></p>`,
  ].join("\n");
  return { subject, text, html };
}
