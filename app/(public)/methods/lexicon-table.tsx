/** The probability lexicon as a table, one row per class (lib/lexicon/lexicon.ts). */
import { formatPercentRange, formatPercent as pct } from "@/lib/format/numbers";
import { LEXICON, LEXICON_CLASSES, LEXICON_VERSION } from "@/lib/lexicon/lexicon";

export function LexiconTable() {
  return (
    <>
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
                  <td className="num">{formatPercentRange(e.lo, e.hi)}</td>
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
    </>
  );
}
