import type { Metadata } from "next";
import { openApiDocument } from "@/lib/api/openapi";
import { publicOrigin } from "@/lib/config/env";
import { pageMetadata } from "@/lib/share/metadata";

export const metadata: Metadata = pageMetadata({
  title: "JSON API",
  description: "Every /api/v1 route of Hindsight with its parameters and answers, from the OpenAPI 3.1 document at /api/v1/openapi.json.",
  path: "/api",
});

type Schema = {
  type?: string | string[];
  enum?: unknown[];
  pattern?: string;
  default?: unknown;
  format?: string;
  maximum?: number;
  minimum?: number;
  maxLength?: number;
  anyOf?: Schema[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
};
type Op = {
  summary: string;
  description?: string;
  parameters: { name: string; in: string; required: boolean; schema: Schema; description?: string }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  security?: unknown[];
  responses: Record<string, { description: string; content?: Record<string, { schema: Schema }> }>;
};

/** A schema in a few words: "string, one of json, csv; default json". */
function schemaWords(s: Schema | undefined): string {
  if (!s) return "";
  if (s.anyOf) return s.anyOf.map(schemaWords).join(" or ");
  const type = Array.isArray(s.type) ? s.type.join(" or ") : (s.type ?? "any");
  const parts = [s.enum ? `one of ${s.enum.join(", ")}` : s.type === "array" ? `array of ${schemaWords(s.items)}` : type];
  if (s.pattern) parts.push(`pattern ${s.pattern}`);
  if (s.minimum !== undefined || s.maximum !== undefined) parts.push(`${s.minimum ?? "…"} to ${s.maximum ?? "…"}`);
  if (s.maxLength !== undefined) parts.push(`at most ${s.maxLength} characters`);
  if (s.default !== undefined) parts.push(`default ${JSON.stringify(s.default)}`);
  return parts.join("; ");
}

function Fields({ schema }: { schema: Schema }) {
  const props = Object.entries(schema.properties ?? {});
  if (!props.length) return <span>{schemaWords(schema)}</span>;
  return (
    <ul className="small">
      {props.map(([name, s]) => (
        <li key={name}>
          <code>{name}</code>
          {schema.required?.includes(name) ? "" : " (optional)"}: {schemaWords(s)}
        </li>
      ))}
    </ul>
  );
}

/** /api: the OpenAPI document rendered on the server (no external viewer). */
export default function ApiPage() {
  const doc = openApiDocument(publicOrigin());
  const ops = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods as Record<string, Op>).map(([method, op]) => ({ path, method, op })),
  );
  return (
    <>
      <h1>JSON API</h1>
      <p className="lead">
        {doc.info.description} The machine-readable document: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI {doc.openapi}), generated from
        the same schemas that check each request.
      </p>
      <nav aria-label="Routes">
        <ul className="small">
          {ops.map(({ path, method, op }) => (
            <li key={method + path}>
              <a href={`#${method}-${path.replace(/[^a-z0-9]+/gi, "-")}`}>
                <code>
                  {method.toUpperCase()} {path}
                </code>
              </a>{" "}
              {op.summary}
            </li>
          ))}
        </ul>
      </nav>
      {ops.map(({ path, method, op }) => (
        <section key={method + path} id={`${method}-${path.replace(/[^a-z0-9]+/gi, "-")}`} className="api-op" data-testid="api-operation">
          <h2>
            <code>
              {method.toUpperCase()} {path}
            </code>
          </h2>
          <p>
            {op.summary}
            {op.security ? <strong> Editors only: send the session cookie.</strong> : null}
          </p>
          {op.description ? <p className="small">{op.description}</p> : null}
          {op.parameters.length ? (
            <table className="small">
              <thead>
                <tr>
                  <th>parameter</th>
                  <th>in</th>
                  <th>required</th>
                  <th>value</th>
                </tr>
              </thead>
              <tbody>
                {op.parameters.map((p) => (
                  <tr key={p.in + p.name}>
                    <td>
                      <code>{p.name}</code>
                    </td>
                    <td>{p.in}</td>
                    <td>{p.required ? "yes" : "no"}</td>
                    <td>
                      {schemaWords(p.schema)}
                      {p.description ? ` (${p.description})` : ""}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {op.requestBody ? (
            <>
              <h3>Body (JSON)</h3>
              <Fields schema={op.requestBody.content["application/json"]?.schema ?? {}} />
            </>
          ) : null}
          <h3>Answers</h3>
          <dl className="small">
            {Object.entries(op.responses).map(([status, r]) => (
              <div key={status}>
                <dt>
                  <strong>{status}</strong> {r.description}
                </dt>
                <dd>
                  {Object.entries(r.content ?? {}).map(([type, c]) => (
                    <div key={type}>
                      <code>{type}</code>
                      <Fields schema={c.schema} />
                    </div>
                  ))}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </>
  );
}
