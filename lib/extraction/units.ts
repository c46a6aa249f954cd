/**
 * One sentence can hold several forecasts: "De minister zei dat de btw niet zal stijgen en dat
 * hij verwacht dat ...", "... die Steuer nicht erhöhen werde und die Rente anheben werde". The sentence is cut at coordinating boundaries (";", dashes, "aber / maar / but", "und /
 * en / and"), and every piece that carries a strong cue of its own becomes a forecast unit;
 * pieces without one stay with their neighbour.
 */
import type { CueHit } from "./cue-scan";
import type { CueKind } from "./cues";
import type { Span } from "./types";

const CUT = /;\s|:\s|\s[–—]\s|,\s+(?=(?:aber|doch|jedoch|sondern|maar|echter|but|yet)\s)|\s(?=(?:und|en|and)\s)/giu;

/** Cues that can stand for a forecast of their own; "kann", "würde" and the like lean on others. */
const WEAK: readonly CueKind[] = ["ability", "hypothetical", "become", "degree"];

function strong(c: CueHit): boolean {
  return !c.secondary && !WEAK.includes(c.kind);
}

/** Likelihood words that are verbs: they can head a coordinated clause ("und könnte ..."). */
const MODAL_VERB = /^(?:könnte|könnten|dürfte|dürften|could|might|may|zou kunnen|zouden kunnen)$/i;
/** "und indem ...", "en omdat ...": a coordinated adverbial clause belongs to the clause before. */
const ADVERBIAL = /^(?:und|en|and)\s+(?:indem|damit|um|weil|obwohl|ohne|wodurch|omdat|doordat|om|zonder|because|by|although|without|so)(?![\p{L}])/iu;

function finiteStrong(c: CueHit): boolean {
  return strong(c) && (c.kind !== "level" || MODAL_VERB.test(c.text));
}

export function forecastUnits(sentence: string, cues: readonly CueHit[], conditions: readonly Span[] = []): Span[] {
  const pieces: Span[] = [];
  let last = 0;
  for (const m of sentence.matchAll(CUT)) {
    if (m.index > last) pieces.push({ start: last, end: m.index });
    last = m.index;
  }
  pieces.push({ start: last, end: sentence.length });
  const units: Array<Span & { strong: boolean }> = [];
  for (const p of pieces) {
    const text = sentence.slice(p.start, p.end).replace(/^[\s,;–—]+/u, "");
    const coordinated = /^(?:und|en|and|aber|doch|jedoch|sondern|maar|echter|but|yet)\s/i.test(text);
    // A piece after "und / aber / en / maar / and / but" is a clause of its own only with a finite
    // verb cue of its own ("und werde ...", "en dat het verwacht"), not with a bare likelihood word
    // ("möglich, aber unwahrscheinlich" is one double hedge) or an adverb ("und möglicherweise ...").
    // "und ... würden sie in diesem Szenario ...": a condition makes "würde / kann" a forecast.
    const hasCondition = conditions.some((c) => c.start >= p.start && c.start < p.end);
    const own = (c: CueHit) =>
      (c.start >= p.start && c.start < p.end && (coordinated ? finiteStrong(c) : strong(c))) ||
      (hasCondition && !c.secondary && c.start >= p.start && c.start < p.end && c.kind !== "degree");
    const isStrong = !(coordinated && ADVERBIAL.test(text)) && cues.some(own);
    const prev = units[units.length - 1];
    if (prev && (!isStrong || !prev.strong)) {
      prev.end = p.end;
      prev.strong = prev.strong || isStrong;
    } else {
      units.push({ ...p, strong: isStrong });
    }
  }
  if (units.filter((u) => u.strong).length < 2) return [{ start: 0, end: sentence.length }];
  return units.map(({ start, end }) => trim(sentence, start, end));
}

function trim(sentence: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /[\s;–—,]/.test(sentence[s]!)) s++;
  while (e > s && /[\s;–—,]/.test(sentence[e - 1]!)) e--;
  return { start: s, end: e };
}
