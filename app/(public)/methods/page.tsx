import type { Metadata } from "next";
import { LEXICON, LEXICON_CLASSES, LEXICON_VERSION } from "@/lib/lexicon/lexicon";
import { pageMetadata } from "@/lib/share/metadata";

/** Rendered on first request and served from the page cache until a write changes it (lib/cache/next-cache-handler.cjs). */
export const dynamic = "force-static";
export const revalidate = 86400;

export const metadata: Metadata = pageMetadata({
  title: "Methods",
  description: "How Hindsight turns the words of a forecast into a probability, decides what is scored, and computes Brier scores and calibration.",
  path: "/methods",
});

const pct = (p: number) => `${Math.round(p * 100)}%`;

export default function MethodsPage() {
  return (
    <>
      <h1>How words become probabilities</h1>
      <p className="lead">
        Pundits rarely write numbers. Hindsight keeps their words and maps them to a probability with a range through a versioned lexicon. A number in the text
        overrides the words. Every event is defined positively: “it will not happen” is stored as the event with a low probability.
      </p>
      <h2>Lexicon {LEXICON_VERSION}</h2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th>Class</th>
              <th className="num">Point</th>
              <th className="num">Range</th>
              <th>English</th>
              <th>German</th>
              <th>Dutch</th>
              <th>Source</th>
            </tr>
          </thead>
          <tbody>
            {LEXICON_CLASSES.map((c) => {
              const e = LEXICON[c];
              return (
                <tr key={c} id={c}>
                  <td>
                    {c}
                    {e.lowInformation ? <div className="small muted">low information</div> : null}
                  </td>
                  <td className="num">{pct(e.p)}</td>
                  <td className="num">
                    {pct(e.lo)}–{pct(e.hi)}
                  </td>
                  <td lang="en">{e.phrases.en.join(", ")}</td>
                  <td lang="de">{e.phrases.de.join(", ")}</td>
                  <td lang="nl">{e.phrases.nl.join(", ")}</td>
                  <td className="small">{e.source}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <h2>Rules</h2>
      <ul>
        <li>
          “sehr / zeer / highly” move one class outward; “eher / eerder / rather” one class toward 50%; a double hedge (“möglich, aber unwahrscheinlich”) takes
          the weaker class.
        </li>
        <li>
          Time words are not probability words: “spätestens 2022” sets a deadline of 31 Dec 2022. Vague horizons (“spoedig”, “in absehbarer Zukunft”) get a
          default deadline marked as inferred, with the reason on the forecast.
        </li>
        <li>A conditional forecast stores its condition; if the condition is not met, it is not scored.</li>
        <li>A forecast made by someone an article quotes belongs to them; the author and outlet are recorded as its publisher.</li>
      </ul>
    </>
  );
}
