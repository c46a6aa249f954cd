/**
 * Who a sentence says made a statement, from the sentence alone: "laut X", "..., so X",
 * "X zufolge", "volgens X", "aldus X", "according to X", a speech verb next to a name ("sagte
 * Weber", "X warned", "zegt Simon Lelieveldt"), a pronoun ("zei hij"), an unnamed source
 * ("Analysts said", "prognostizieren Fachleute", "a source told Reuters"). The document-level
 * pass (speakers.ts) ties surnames, pronouns, quotations, interview turns and German reported
 * speech back to full names.
 */
import { NOT_NAME, ROLE } from "./names";
import type { Sentence } from "./sentences";
import { isCapitalised, type Token, tokenize } from "./tokens";
import type { Language } from "./types";

const PREPOSITIONS: Record<Language, RegExp> = {
  de: /(?<![\p{L}])(?:laut|gemäß|nach\s+(?:Angaben|Ansicht|Einschätzung|Auffassung|Meinung|Plänen|Worten|Informationen|Berechnungen|Schätzungen)(?:\s+(?:von|des|der))?|nach\s+(?:einer|der)\s+(?:Analyse|Studie|Prognose|Schätzung|Einschätzung)(?:\s+(?:\([^)]*\)\s+)?(?:von|vom|des|der))?)(?![\p{L}])/giu,
  nl: /(?<![\p{L}])(?:volgens|aldus|naar\s+de\s+mening\s+van|naar\s+(?:de\s+)?schatting\s+van)(?![\p{L}])/giu,
  en: /(?<![\p{L}])(?:according\s+to|in\s+the\s+view\s+of|an?\s+(?:analysis|study|forecast|estimate)\s+(?:by|from|of))(?![\p{L}])/giu,
};
/** A source noun with its author: "eine Analyse von Goldman Sachs", "een rapport van X", "a study by X". */
const SOURCE_OF: Record<Language, RegExp> = {
  de: /(?<![\p{L}])(?:Analyse|Studie|Prognose|Schätzung|Umfrage|Bericht|Report|Modell|Ankündigungen|Ankündigung|Pläne|Plänen)\s+(?:von|vom|des|der)(?![\p{L}])/gu,
  nl: /(?<![\p{L}])(?:analyse|studie|prognose|schatting|peiling|rapport|model|plannen)\s+van(?![\p{L}])/giu,
  en: /(?<![\p{L}])(?:analysis|study|forecast|projection|estimate|survey|report|model)\s+(?:by|from)(?![\p{L}])/giu,
};
/** Postpositions: the name comes before ("Experten zufolge"). */
const POSTPOSITION = /(?<![\p{L}])zufolge(?![\p{L}])/giu;
/** German "..., so das Ifo-Institut" / "– so Weber –": "so" right after a comma or dash, before a capital. */
const SO_NAME = /[,–—]\s*so\s+(?=\p{Lu})/gu;

export const SPEECH_VERBS: Record<Language, RegExp> = {
  de: /^(?:sagte|sagt|sagten|sagen|erklärte|erklärt|erklärten|betonte|betont|betonten|warnte|warnt|warnten|meinte|meint|meinen|schrieb|schreibt|folgert|folgerte|schlussfolgert|schlussfolgerte|prognostiziert|prognostizierte|prognostizieren|erwartet|erwartete|erwarten|glaubt|glaubte|glauben|äußerte|unterstreicht|unterstrich|behauptet|behauptete|argumentiert|argumentierte|vermutet|vermutete|schätzt|schätzte|befürchtet|befürchten|fürchtet|fürchten|resümiert|urteilt|urteilte|mahnte|mahnt|prophezeit|prophezeite|konstatiert|konstatierte|rechnet|rechnen|kündigte|kündigt|bezweifelt|bezweifeln|hofft|hoffen|berichtet|berichtete|erzählt|erzählte|sprach|spricht)$/,
  nl: /^(?:zei|zegt|zeggen|zeiden|verklaarde|verklaart|stelt|stelde|schreef|schrijft|waarschuwde|waarschuwt|denkt|dacht|gelooft|geloofde|verwacht|verwachtte|verwachten|voorspelt|voorspelde|voorspellen|concludeerde|concludeert|meent|meende|betoogt|betoogde|benadrukt|benadrukte|vreest|vreesde|vrezen|denken|rekent|rekenen|erkende|erkent|betwijfelt|betwijfelde|twijfelt|hoopt|hoopte|hopen|vertelt|vertelde|meldt|meldde|liet|laat)$/,
  en: /^(?:said|says|say|told|tells|wrote|writes|warned|warns|argued|argues|believes|believed|predicted|predicts|expects|expected|concluded|concludes|noted|notes|stated|states|claims|claimed|added|explained|insisted|thinks|thought|forecast|forecasts|estimates|estimated|fears|feared|vowed|admitted|doubts|doubted|hopes|hoped|suggested|suggests|cautioned|acknowledged|reported)$/,
};

export const KONJUNKTIV_I = /^(?:sei|seien|habe|könne|werde|solle|dürfe|müsse|gebe|bestehe|bedeute|bleibe|liege|stehe|wolle|gelte|begebe|zwinge|befinde)$/;
const KONJUNKTIV_II = /^(?:würde|würden|wäre|wären|hätte|hätten|könnten|erschwerten)$/;

/** Singular pronouns point at the last person; plural ones at the last speaker of any kind. */
export const SINGULAR = /^(?:er|sie|hij|zij|ze|he|she)$/;
const PLURAL = /^(?:they|sie|zij|ze)$/;
const FIRST_PERSON = /^(?:ich|wir|mir|mich|uns|ik|wij|we|mij|me|ons|i|us|my|our|unser|unsere|onze|mijn|meiner)$/;
const DETERMINERS =
  /^(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|de|het|een|the|a|an|this|dieser|diese|dieses|deze|dit|seinem|seiner|ihrem|ihrer|zijn|haar|his|her|their|many|several|some|a\s+number\s+of)$/;
const CONNECTORS = /^(?:für|van|von|der|de|den|of|the|du|la|al|bin|und|and|en|&)$/;
/** Nouns for sources the text does not name. */
const UNNAMED =
  /^(?:experten|expertinnen|fachleute|analysten|beobachter|kritiker|ökonomen|insider|quellen|quelle|kreise|betreiber|manager|diplomaten|beamte|experts|analisten|bronnen|bron|waarnemers|critici|economen|ingewijden|kenners|deskundigen|velen|analysts|sources|source|observers|officials|critics|economists|insiders|diplomats|many|viele|people|mensen|leute|some|einige|sommigen|others|andere|anderen)$/;
const SELF = /^(?:selbst|zelf|himself|herself|itself|auch|ook|also|jedoch|however|echter|noch|kürzlich|onlangs|recently|tegelijkertijd|meanwhile)$/;

/** What the sentence itself says about its speaker. */
export interface Attribution {
  /** The name as written ("Stenger", "Mr. Reeves", "Deutscher Bahn"), or the words for an unnamed source. */
  name: string;
  cue: string;
  how: "preposition" | "source" | "postposition" | "so" | "speech verb" | "pronoun" | "unnamed" | "role";
  /** A pronoun speaker ("zei hij"): the document pass resolves it; `plural` for "they / zij". */
  plural?: boolean;
}

/** A word inside a name ("Bank of England", "Rens van Tilburg"); German case articles start a new phrase. */
function connector(t: Token, language: Language): boolean {
  return language === "de" ? /^(?:für|von|und|&)$/.test(t.lower) : CONNECTORS.test(t.lower);
}

function isNameToken(t: Token): boolean {
  return (
    isCapitalised(t.text) &&
    !DETERMINERS.test(t.lower) &&
    !FIRST_PERSON.test(t.lower) &&
    !SINGULAR.test(t.lower) &&
    !PLURAL.test(t.lower) &&
    !NOT_NAME.test(t.lower)
  );
}

function cleanRun(run: Token[], text: string): string | null {
  while (run.length > 0 && CONNECTORS.test(run[run.length - 1]!.lower)) run = run.slice(0, -1);
  while (run.length > 0 && CONNECTORS.test(run[0]!.lower) && !isCapitalised(run[0]!.text)) run = run.slice(1);
  if (run.length === 0) return null;
  return text.slice(run[0]!.start, run[run.length - 1]!.end);
}

/** "Peter McNally of Third Bridge": the person, not the institution that employs them. */
function personOf(name: string, language: Language): string {
  if (language !== "en") return name;
  const m = /^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})\s+(?:of|at|from)\s+\p{Lu}/u.exec(name);
  return m ? m[1]! : name;
}

/** The noun phrase after `from` (up to the next comma, quote or dash): a name, an unnamed source, or a role. */
function phraseAfter(text: string, tokens: Token[], from: number, language: Language): { name: string; how: "unnamed" | "role" | null } | null {
  const rest = text.slice(from, from + 200);
  const stop = rest.search(/[,;:()"“”„«»]|\s[–—]\s/);
  const limit = from + (stop < 0 ? rest.length : stop);
  const window = tokens.filter((t) => t.start >= from && t.end <= limit).slice(0, 12);
  let i = 0;
  while (i < window.length && !isCapitalised(window[i]!.text) && !UNNAMED.test(window[i]!.lower) && i < 4) i++;
  const first = window[i];
  if (!first) return null;
  if (
    UNNAMED.test(first.lower) &&
    !(language === "de" && window[i + 1] && isCapitalised(window[i + 1]!.text) && /^(?:von|der|des)$/.test(window[i + 1]!.lower))
  ) {
    // "Analisten van Rabobank": the bank is named.
    const of = window[i + 1] && /^(?:van|von|of|at|bei|bij|from)$/.test(window[i + 1]!.lower) ? window[i + 2] : undefined;
    if (of && isCapitalised(of.text)) return phraseAfter(text, tokens, of.start, language);
    return { name: text.slice(window[0]!.start, first.end), how: "unnamed" };
  }
  const run: Token[] = [];
  if (DETERMINERS.test(first.lower) && isCapitalised(first.text) && window[i + 1] && isCapitalised(window[i + 1]!.text)) {
    run.push(first); // "De Nederlandsche Bank" keeps its "De"
    i++;
  }
  for (; i < window.length && run.length < 7; i++) {
    const t = window[i]!;
    if (isNameToken(t)) run.push(t);
    else if (connector(t, language) && window[i + 1] && isCapitalised(window[i + 1]!.text) && (run.length || isCapitalised(t.text)))
      run.push(t); // "Van Tilburg"
    else break;
  }
  const name = cleanRun(run, text);
  if (!name) return null;
  if (run.length === 1 && UNNAMED.test(run[0]!.lower)) return { name, how: "unnamed" };
  if (run.every((t) => ROLE.test(t.text) || CONNECTORS.test(t.lower))) return { name: run[run.length - 1]!.lower, how: "role" }; // "die Ministerin"
  return { name: personOf(name, language), how: null };
}

/** The name that ends just before `to` (the subject before a speech verb or "zufolge"). */
function nameBefore(text: string, tokens: Token[], to: number, language: Language): { name: string; how: "unnamed" | null } | null {
  let i = tokens.length - 1;
  while (i >= 0 && tokens[i]!.end > to) i--;
  while (i >= 0 && SELF.test(tokens[i]!.lower)) i--;
  const run: Token[] = [];
  for (; i >= 0 && run.length < 5; i--) {
    const t = tokens[i]!;
    if (/[,;:]\s*$/.test(text.slice(t.end, (run[0] ?? { start: to }).start))) break;
    if (UNNAMED.test(t.lower) && run.length === 0) return { name: t.text, how: "unnamed" };
    if (isNameToken(t)) run.unshift(t);
    else if (CONNECTORS.test(t.lower) && run.length > 0 && tokens[i - 1] && isCapitalised(tokens[i - 1]!.text)) run.unshift(t);
    else break;
  }
  // German: "Die Betreiber privater Bahnen fürchten": the capitalised run is a genitive, the subject a group.
  const before = tokens[i];
  if (language === "de" && run.length > 0 && before && /^(?:privater|der|des|anderer|vieler|einiger)$/.test(before.lower)) {
    const head = tokens.slice(Math.max(0, i - 3), i).find((t) => UNNAMED.test(t.lower));
    return head ? { name: text.slice(head.start, run[run.length - 1]!.end), how: "unnamed" } : null;
  }
  const name = cleanRun(run, text);
  return name ? { name: personOf(name, language), how: null } : null;
}

/** A role noun with an article ("the president", "die Ministerin"): the document pass may know who it is. */
function roleBefore(tokens: Token[], index: number): string | null {
  const t = tokens[index - 1];
  const det = tokens[index - 2];
  return t && det && /^(?:the|der|die|de|het)$/.test(det.lower) && /^\p{L}+$/u.test(t.text) ? t.lower : null;
}

/** The attribution a sentence states, or null (the author's own words, or none found). */
export function explicitAttribution(text: string, language: Language): Attribution | null {
  const tokens = tokenize(text);
  for (const m of text.matchAll(PREPOSITIONS[language])) {
    const next = tokens.find((t) => t.start >= m.index + m[0].length);
    if (next && FIRST_PERSON.test(next.lower)) return null; // "volgens mij": the author
    const p = phraseAfter(text, tokens, m.index + m[0].length, language);
    if (p) return { name: p.name, cue: m[0], how: p.how ?? "preposition" };
    // "volgens het klimaatakkoord": a document or body named by a common noun.
    const after = tokens.filter((t) => t.start > m.index).slice(0, 2);
    if (after.length === 2 && DETERMINERS.test(after[0]!.lower) && /^\p{Ll}\p{L}{5,}$/u.test(after[1]!.text))
      return { name: after[1]!.text, cue: m[0], how: "preposition" };
  }
  for (const m of text.matchAll(SOURCE_OF[language])) {
    const p = phraseAfter(text, tokens, m.index + m[0].length, language);
    if (p) return { name: p.name, cue: m[0], how: p.how ?? "source" };
  }
  if (language === "de") {
    for (const m of text.matchAll(POSTPOSITION)) {
      const p = nameBefore(text, tokens, m.index, language);
      if (p) return { name: p.name, cue: m[0], how: p.how ?? "postposition" };
    }
    for (const m of text.matchAll(SO_NAME)) {
      const p = phraseAfter(text, tokens, m.index + m[0].length, language);
      if (p) return { name: p.name, cue: "so", how: p.how ?? "so" };
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!SPEECH_VERBS[language].test(t.lower) || (i > 0 && isCapitalised(t.text))) continue; // "United States" is no verb
    if (language === "nl" && /^(?:liet|laat)$/.test(t.lower) && !/^\s+weten/.test(text.slice(t.end))) continue;
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    if ((next && FIRST_PERSON.test(next.lower)) || (prev && FIRST_PERSON.test(prev.lower))) return null;
    // German "sie fürchten" (plural verb) is "they"; "sie fürchtet" is "she".
    const plural = (p: Token) => (PLURAL.test(p.lower) && !SINGULAR.test(p.lower)) || (language === "de" && p.lower === "sie" && /en$/.test(t.lower));
    if (next && (SINGULAR.test(next.lower) || PLURAL.test(next.lower)) && !isCapitalised(next.text)) {
      return { name: next.text, cue: t.text, how: "pronoun", plural: plural(next) };
    }
    // "sagt auch Stenger": the name after a small adverb is still next to the verb.
    const head = next && SELF.test(next.lower) ? tokens[i + 2] : next;
    const adjacent =
      !!head &&
      (isCapitalised(head.text) || DETERMINERS.test(head.lower) || UNNAMED.test(head.lower) || ROLE.test(head.text) || /^(?:selbst|zelf)$/.test(head.lower));
    // Subject first ("American officials said Sudan ...") unless the verb follows a comma or a quote
    // ("..., said X") or, in German, the verb stands second with its subject after it ("Vom Problem spricht der Manager").
    const inverted = !prev || /[,"“”„'’»«]/u.test(text.slice(prev.end, t.start)) || (language === "de" && adjacent && !!head && DETERMINERS.test(head.lower));
    const before = inverted ? null : nameBefore(text, tokens, t.start, language);
    if (before) return { name: before.name, cue: t.text, how: before.how ?? "speech verb" };
    const after = adjacent ? phraseAfter(text, tokens, t.end, language) : null;
    if (after) return { name: after.name, cue: t.text, how: after.how ?? "speech verb" };
    const earlier = inverted ? nameBefore(text, tokens, t.start, language) : null;
    if (earlier) return { name: earlier.name, cue: t.text, how: earlier.how ?? "speech verb" };
    if (prev && (SINGULAR.test(prev.lower) || PLURAL.test(prev.lower))) return { name: prev.text, cue: t.text, how: "pronoun", plural: plural(prev) };
    const role = roleBefore(tokens, i);
    if (role) return { name: role, cue: t.text, how: "role" };
  }
  return null;
}

/** A verb of saying in the sentence: what follows is reported ("said that it would ..."). */
export function hasReportingVerb(text: string, language: Language): boolean {
  return tokenize(text).some((t) => SPEECH_VERBS[language].test(t.lower));
}

export function hasKonjunktivI(text: string): boolean {
  const tokens = tokenize(text);
  return tokens.some((t, i) => KONJUNKTIV_I.test(t.lower) && !(tokens[i - 1] && FIRST_PERSON.test(tokens[i - 1]!.lower)));
}

/** Whether a German sentence is reported speech: Konjunktiv I, or Konjunktiv II right after it. */
export function isReportedSpeech(sentences: readonly Sentence[], index: number, language: Language): boolean {
  if (language !== "de") return false;
  const s = sentences[index];
  if (!s) return false;
  if (hasKonjunktivI(s.text)) return true;
  const prev = sentences[index - 1];
  return !!prev && prev.paragraph === s.paragraph && hasKonjunktivI(prev.text) && tokenize(s.text).some((t) => KONJUNKTIV_II.test(t.lower));
}
