"use client";
/** Topics (existing, added by other candidates, or new) and the shared event. */
import { useState } from "react";
import { Field, FieldError, invalidProps } from "@/app/_components/editor/field";
import { type Choices, NEW } from "@/lib/intake/draft";
import type { PartProps } from "./part-props";

export function TopicFields({ d, onChange, error, id, choices, newTopics }: PartProps & { choices: Choices; newTopics: string[] }) {
  const [newTopic, setNewTopic] = useState("");
  const topicName = (t: string) => choices.topics.find((x) => x.slug === t)?.name ?? `${t} (new)`;
  const addTopic = (t: string) => {
    const v = t.trim();
    if (v && !d.topics.includes(v)) onChange({ topics: [...d.topics, v] });
  };
  return (
    <fieldset>
      <legend>Topics and shared event</legend>
      <ul className="chips" aria-label={`Topics of candidate ${d.n}`}>
        {d.topics.map((t) => (
          <li key={t} className="chip">
            {topicName(t)}{" "}
            <button
              type="button"
              className="chip-remove"
              aria-label={`Remove topic ${topicName(t)}`}
              onClick={() => onChange({ topics: d.topics.filter((x) => x !== t) })}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="form-row">
        <Field id={id("topic")} label="Add a topic" error={error} field="topics">
          <select id={id("topic")} value="" onChange={(e) => addTopic(e.target.value)} {...invalidProps(error, "topics", id("topic"))}>
            <option value="">choose…</option>
            {choices.topics
              .filter((t) => !d.topics.includes(t.slug))
              .map((t) => (
                <option key={t.slug} value={t.slug}>
                  {t.name}
                </option>
              ))}
            {newTopics
              .filter((t) => !d.topics.includes(t))
              .map((t) => (
                <option key={`new-${t}`} value={t}>
                  {t} (new)
                </option>
              ))}
          </select>
        </Field>
        <Field id={id("new-topic")} label="Or a new topic" error={null} field="">
          <span className="inline-form">
            <input id={id("new-topic")} value={newTopic} onChange={(e) => setNewTopic(e.target.value)} />
            <button
              type="button"
              className="secondary small-button"
              onClick={() => {
                addTopic(newTopic);
                setNewTopic("");
              }}
            >
              Add
            </button>
          </span>
        </Field>
        <Field id={id("event")} label="Shared event" hint="(optional)" error={error} field="event.slug">
          <select id={id("event")} value={d.event} onChange={(e) => onChange({ event: e.target.value })} {...invalidProps(error, "event.slug", id("event"))}>
            <option value="">none</option>
            {choices.events.map((ev) => (
              <option key={ev.slug} value={ev.slug}>
                {ev.title}
              </option>
            ))}
            <option value={NEW}>New shared event…</option>
          </select>
        </Field>
      </div>
      {d.event === NEW ? (
        <Field id={id("event-title")} label="New event's title" error={error} field="event.title">
          <input
            id={id("event-title")}
            value={d.eventTitle}
            onChange={(e) => onChange({ eventTitle: e.target.value })}
            {...invalidProps(error, "event.title", id("event-title"))}
          />
          <FieldError error={error} field="event" id={`${id("event-title")}-event`} />
        </Field>
      ) : null}
    </fieldset>
  );
}
