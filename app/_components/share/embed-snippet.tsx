import { publicOrigin } from "@/lib/config/env";
import { CopyButton } from "./copy-button";

/** The <iframe> snippet that embeds a source's scorecard on another site, with a copy button. */
export function EmbedSnippet({ kind, slug, name }: { kind: "people" | "outlets"; slug: string; name: string }) {
  const src = `${publicOrigin()}/embed/${kind}/${slug}`;
  const snippet = `<iframe src="${src}" title="Hindsight scorecard: ${name.replace(/"/g, "&quot;")}" width="380" height="300" style="border:0" loading="lazy"></iframe>`;
  return (
    <details className="embed-snippet">
      <summary>Embed this scorecard</summary>
      <p className="small muted">
        Paste this into a web page to show the scorecard there (<a href={`/embed/${kind}/${slug}`}>preview</a>). It updates as outcomes are recorded.
      </p>
      <pre data-testid="embed-snippet">
        <code>{snippet}</code>
      </pre>
      <CopyButton text={snippet} label="Copy snippet" />
    </details>
  );
}

/** A page's share tools: the copy-link button and, for a source, feed and embed. */
export function ShareBar({ feed, children }: { feed?: string; children?: React.ReactNode }) {
  return (
    <div className="share-bar">
      <CopyButton />
      {feed ? (
        <a href={feed} type="application/atom+xml">
          Follow (Atom feed)
        </a>
      ) : null}
      {children}
    </div>
  );
}
