/**
 * Who made a forecast: a forecast quoted or reported in an article belongs to the person or
 * institution named, not to the author (scoring.md section 1). Cues: "laut X", "..., so X",
 * "X zufolge", "volgens X", "according to X", a speech verb next to a name ("sagte Weber",
 * "X warned"), and German reported speech in Konjunktiv I ("sei", "habe", "könne"), which
 * inherits the speaker named in the sentences before it.
 */
import type { Sentence } from "./sentences";
import { isCapitalised, type Token, tokenize } from "./tokens";
import type { Forecaster, Language } from "./types";

const PREPOSITIONS: Record<Language, RegExp> = {
  de: /(?<![\p{L}])(?:laut|gemäß|nach\s+(?:Angaben|Ansicht|Einschätzung|Auffassung|Meinung)(?:\s+(?:von|des|der))?|nach\s+(?:einer|der)\s+(?:Analyse|Studie|Prognose|Schätzung|Einschätzung)(?:\s+(?:\([^)]*\)\s+)?(?:von|vom|des|der))?)(?![\p{L}])/giu,
  nl: /(?<![\p{L}])(?:volgens|aldus|naar\s+de\s+mening\s+van|naar\s+(?:de\s+)?schatting\s+van)(?![\p{L}])/giu,
  en: /(?<![\p{L}])(?:according\s+to|in\s+the\s+view\s+of|an?\s+(?:analysis|study|forecast|estimate)\s+(?:by|from|of))(?![\p{L}])/giu,
};
/** A source noun with its author: "eine Analyse von Goldman Sachs", "een rapport van X", "a study by X". */
const SOURCE_OF: Record<Language, RegExp> = {
  de: /(?<![\p{L}])(?:Analyse|Studie|Prognose|Schätzung|Umfrage|Bericht|Report|Modell)\s+(?:von|vom|des|der)(?![\p{L}])/gu,
  nl: /(?<![\p{L}])(?:analyse|studie|prognose|schatting|peiling|rapport|model)\s+van(?![\p{L}])/giu,
  en: /(?<![\p{L}])(?:analysis|study|forecast|projection|estimate|survey|report|model)\s+(?:by|from)(?![\p{L}])/giu,
};

/** Postpositions: the name comes before ("Experten zufolge", "X's view"). */
const POSTPOSITIONS: Record<Language, RegExp | null> = {
  de: /(?<![\p{L}])zufolge(?![\p{L}])/giu,
  nl: null,
  en: null,
};
/** German "..., so das Ifo-Institut" / "– so Weber –": "so" right after a comma or dash, before a capital. */
const SO_NAME = /[,–—]\s*so\s+(?=\p{Lu})/gu;

const SPEECH_VERBS: Record<Language, RegExp> = {
  de: /^(?:sagte|sagt|sagten|sagen|erklärte|erklärt|erklärten|betonte|betont|betonten|warnte|warnt|warnten|meinte|meint|schrieb|schreibt|folgert|folgerte|schlussfolgert|schlussfolgerte|prognostiziert|prognostizierte|erwartet|erwartete|glaubt|glaubte|äußerte|unterstreicht|unterstrich|behauptet|behauptete|argumentiert|argumentierte|vermutet|vermutete|schätzt|schätzte|befürchtet|fürchtet|resümiert|urteilt|urteilte|mahnte|mahnt|prophezeit|prophezeite|konstatiert|konstatierte|rechnet|rechnen|erwarten|prognostizieren|kündigte|kündigt)$/,
  nl: /^(?:zei|zegt|zeggen|zeiden|verklaarde|verklaart|stelt|stelde|schreef|schrijft|waarschuwde|waarschuwt|denkt|dacht|gelooft|geloofde|verwacht|verwachtte|voorspelt|voorspelde|concludeerde|concludeert|meent|meende|betoogt|betoogde|benadrukt|benadrukte|vreest|vreesde|verwachten|voorspellen|denken|rekent|rekenen)$/,
  en: /^(?:said|says|say|told|wrote|writes|warned|warns|argued|argues|believes|believed|predicted|predicts|expects|expected|concluded|concludes|noted|notes|stated|states|claims|claimed|added|explained|insisted|thinks|thought|forecast|forecasts|estimates|estimated|fears|feared)$/,
};

/** Konjunktiv I forms that mark reported speech ("die Firma sei bereit", "der Plan könne scheitern"). */
const KONJUNKTIV_I = /^(?:sei|seien|habe|könne|werde|solle|dürfe|müsse|gebe|bestehe|bedeute|bleibe|liege|stehe|wolle|gelte|begebe)$/;

const PRONOUNS = /^(?:er|sie|es|hij|zij|ze|het|he|she|they|it)$/;
const FIRST_PERSON = /^(?:ich|wir|mir|mich|uns|ik|wij|we|mij|me|ons|i|us|my|our|unser|unsere|onze|mijn|meiner)$/;
const DETERMINERS =
  /^(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|de|het|een|the|a|an|this|dieser|diese|dieses|deze|dit|seinem|seiner|ihrem|ihrer|zijn|haar|his|her|their)$/;
const CONNECTORS = /^(?:für|van|von|der|de|den|of|the|du|la|al|bin|und|and|en|&)$/;
/** Words that name a role or a crowd, not a forecaster: "Experten zufolge" has no name. */
const GENERIC =
  /^(?:experten|schätzungen|analysten|beobachter|berichten|berichte|angaben|informationen|quellen|kreisen|medien|medienberichten|umfragen|prognosen|experts|analisten|bronnen|waarnemers|schattingen|analysts|sources|observers|officials|estimates|reports|critics|kritiker|critici|many|viele|velen)$/;
/** Role nouns before a name ("Bahnchef Richard Lutz", "minister Karin Bakker", "Governor Andrew Bailey"). */
const ROLES =
  /(?:sprecher|minister|präsident|kanzler|chef|direktor|leiter|experte|analyst|historiker|professor|prof|dr|ökonom|forscher|wissenschaftler|politiker|botschafter|vorsitzende|gouverneur|woordvoerder|president|premier|hoofdredacteur|voorzitter|deskundige|econoom|onderzoeker|directeur|topman|burgemeester|analist|historicus|hoogleraar|spokesman|spokeswoman|spokesperson|secretary|economist|general|chairman|chairwoman|director|editor|governor|chancellor|chief|ceo|senator|ambassador|mayor|economen|analisten|experts|deskundigen|onderzoekers)(?:in|innen|en|n|r|s)?$/i;
const SELF = /^(?:selbst|zelf|himself|herself|itself|auch|ook|also|jedoch|however|echter|noch|kürzlich|onlangs|recently)$/;

function isNameToken(t: Token): boolean {
  return isCapitalised(t.text) && !DETERMINERS.test(t.lower) && !FIRST_PERSON.test(t.lower);
}

function cleanName(tokens: Token[], text: string): string | null {
  if (tokens.length === 0) return null;
  // "dem russischen Vize-Außenminister Alexander Pankin" -> "Alexander Pankin"
  let run = tokens;
  const roleEnd = run.findIndex((t) => ROLES.test(t.text.replace(/[.-]$/, "")));
  if (roleEnd >= 0 && run.length - roleEnd - 1 >= 1 && run.slice(roleEnd + 1).every((t) => isCapitalised(t.text) || CONNECTORS.test(t.lower))) {
    run = run.slice(roleEnd + 1);
  }
  while (run.length > 0 && CONNECTORS.test(run[run.length - 1]!.lower)) run = run.slice(0, -1);
  while (run.length > 0 && CONNECTORS.test(run[0]!.lower) && !isCapitalised(run[0]!.text)) run = run.slice(1);
  if (run.length === 0) return null;
  const name = text.slice(run[0]!.start, run[run.length - 1]!.end);
  if (run.length === 1 && (GENERIC.test(run[0]!.lower) || PRONOUNS.test(run[0]!.lower))) return null;
  if (run.every((t) => ROLES.test(t.text.replace(/[.-]$/, "")) || CONNECTORS.test(t.lower))) return null; // "die Ministerin": a role, no name
  return name;
}

/** The name that starts at or after `from`: articles and lower-case adjectives skipped, then a capitalised run. */
function nameAfter(text: string, tokens: Token[], from: number): string | null {
  const stop = text.slice(from).search(/[,;:()"“”„«»]|\s[–—]\s/);
  const limit = stop < 0 ? text.length : from + stop;
  const window = tokens.filter((t) => t.start >= from && t.end <= limit);
  let i = 0;
  while (i < window.length && i < 4 && !isCapitalised(window[i]!.text)) i++;
  while (i < window.length && DETERMINERS.test(window[i]!.text)) i++; // lower-case articles only: "De Nederlandsche Bank" keeps its "De"
  while (i < window.length && i < 6 && !isCapitalised(window[i]!.text)) i++;
  const run: Token[] = [];
  const first = window[i];
  if (first && DETERMINERS.test(first.lower) && isCapitalised(first.text) && window[i + 1] && isCapitalised(window[i + 1]!.text)) {
    run.push(first);
    i++;
  }
  for (; i < window.length && run.length < 7; i++) {
    const t = window[i]!;
    if (isNameToken(t)) run.push(t);
    else if (CONNECTORS.test(t.lower) && window[i + 1] && isCapitalised(window[i + 1]!.text)) run.push(t);
    else break;
  }
  return cleanName(run, text);
}

/** The name that ends just before `to` (the subject before a speech verb or "zufolge"). */
function nameBefore(text: string, tokens: Token[], to: number): string | null {
  const before = tokens.filter((t) => t.end <= to);
  let i = before.length - 1;
  while (i >= 0 && SELF.test(before[i]!.lower)) i--;
  const run: Token[] = [];
  for (; i >= 0 && run.length < 5; i--) {
    const t = before[i]!;
    if (/[,;:]\s*$/.test(text.slice(t.end, (run[0] ?? { start: to }).start))) break;
    if (isNameToken(t)) run.unshift(t);
    else if (CONNECTORS.test(t.lower) && run.length > 0 && before[i - 1] && isCapitalised(before[i - 1]!.text)) run.unshift(t);
    else break;
  }
  return cleanName(run, text);
}

/** An attribution stated in the sentence itself. `pronoun` is set when the speaker is "er / hij / he". */
function explicitAttribution(text: string, language: Language): (Forecaster & { pronoun?: boolean; inverted?: boolean }) | null {
  const tokens = tokenize(text);
  for (const m of text.matchAll(PREPOSITIONS[language])) {
    const name = nameAfter(text, tokens, m.index + m[0].length);
    if (name) return { name, cue: m[0] };
    const next = tokens.find((t) => t.start >= m.index + m[0].length);
    if (next && FIRST_PERSON.test(next.lower)) return null; // "volgens mij": the author
  }
  for (const m of text.matchAll(SOURCE_OF[language])) {
    const name = nameAfter(text, tokens, m.index + m[0].length);
    if (name) return { name, cue: m[0] };
  }
  const post = POSTPOSITIONS[language];
  if (post) {
    for (const m of text.matchAll(post)) {
      const name = nameBefore(text, tokens, m.index);
      if (name) return { name, cue: m[0] };
    }
  }
  if (language === "de") {
    for (const m of text.matchAll(SO_NAME)) {
      const name = nameAfter(text, tokens, m.index + m[0].length);
      if (name) return { name, cue: m[0].replace(/^[,–—]\s*/, "").trim() };
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!SPEECH_VERBS[language].test(t.lower)) continue;
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    if (next && FIRST_PERSON.test(next.lower)) return null;
    if (prev && FIRST_PERSON.test(prev.lower)) return null;
    if (next && PRONOUNS.test(next.lower)) return { name: next.text, cue: t.text, pronoun: true, inverted: true };
    const after = nameAfter(text, tokens, t.end);
    const afterIsAdjacent =
      !!next && (isCapitalised(next.text) || DETERMINERS.test(next.lower) || ROLES.test(next.text) || /^(?:selbst|zelf)$/.test(next.lower));
    if (after && afterIsAdjacent) return { name: after, cue: t.text };
    const before = nameBefore(text, tokens, t.start);
    if (before) return { name: before, cue: t.text };
    if (prev && PRONOUNS.test(prev.lower)) return { name: prev.text, cue: t.text, pronoun: true };
  }
  return null;
}

/** A verb of saying in the sentence: what follows is reported ("said that it would ..."). */
export function hasReportingVerb(text: string, language: Language): boolean {
  return tokenize(text).some((t) => SPEECH_VERBS[language].test(t.lower));
}

/** How many sentences back a pronoun or a passage of reported speech may look for its speaker. */
const LOOK_BACK = 8;
/** Konjunktiv II forms that German reported speech uses in place of Konjunktiv I ("würde" for "werde"). */
const KONJUNKTIV_II = /^(?:würde|würden|wäre|wären|hätte|hätten)$/;
/** Capitalised words that open sentences without being names. */
const OPENERS =
  /^(?:de|het|een|dit|dat|deze|die|maar|en|dus|want|ook|toen|nu|in|op|met|voor|na|als|er|the|a|an|this|that|but|and|so|then|in|on|with|for|after|if|it|there|der|die|das|ein|eine|aber|und|doch|dann|auch|in|im|am|mit|für|nach|wenn|es)$/i;

function isReported(text: string): boolean {
  const tokens = tokenize(text);
  return tokens.some((t, i) => KONJUNKTIV_I.test(t.lower) && !(tokens[i - 1] && FIRST_PERSON.test(tokens[i - 1]!.lower)));
}

/** Whether a German sentence is reported speech: Konjunktiv I, or Konjunktiv II right after it. */
export function isReportedSpeech(sentences: readonly Sentence[], index: number, language: Language): boolean {
  if (language !== "de") return false;
  const s = sentences[index];
  if (!s) return false;
  if (isReported(s.text)) return true;
  const prev = sentences[index - 1];
  return !!prev && prev.paragraph === s.paragraph && isReported(prev.text) && tokenize(s.text).some((t) => KONJUNKTIV_II.test(t.lower));
}

/**
 * The name a pronoun ("hij", "er", "he") stands for: the name that opens the same sentence
 * ("Jansen was blij, omdat hij geloofde ...") or, for an inverted "zo zei hij", the sentence before.
 * German opens sentences with capitalised nouns, so there it takes a two-word or CamelCase name.
 */
function antecedent(sentences: readonly Sentence[], index: number, language: Language, inverted: boolean): string | null {
  // "..., zo zei hij, ..." (inverted) points back to the sentence before; "omdat hij geloofde" to this one.
  for (const j of inverted ? [index - 1, index] : [index, index - 1]) {
    const s = sentences[j];
    if (!s) continue;
    const tokens = tokenize(s.text);
    const run: Token[] = [];
    for (const t of tokens) {
      if (isNameToken(t) && !OPENERS.test(t.text) && !PRONOUNS.test(t.lower)) run.push(t);
      else break;
    }
    if (run.length === 0) continue;
    const camel = run.some((t) => /\p{Ll}\p{Lu}|^\p{Lu}{2,}$/u.test(t.text));
    if (language === "de" && run.length < 2 && !camel) continue;
    const name = cleanName(run, s.text);
    if (name) return name;
  }
  return null;
}

/**
 * The forecaster of sentence `index`, or null when the text gives the forecast as the author's
 * own (or names no one). A pronoun ("schreef hij") takes the speaker of an earlier attribution
 * or the name opening the sentence; a German sentence in reported speech takes the speaker of the
 * passage it belongs to (the run of reported sentences before it, one unreported sentence allowed).
 */
export function findForecaster(sentences: readonly Sentence[], index: number, language: Language): Forecaster | null {
  const s = sentences[index];
  if (!s) return null;
  const own = explicitAttribution(s.text, language);
  if (own && !own.pronoun) return { name: own.name, cue: own.cue };
  const reported = isReportedSpeech(sentences, index, language);
  if (!own && !reported) return null;
  let gaps = 0;
  for (let j = index - 1; j >= Math.max(0, index - LOOK_BACK); j--) {
    const earlier = sentences[j]!;
    const found = explicitAttribution(earlier.text, language);
    if (found && !found.pronoun) {
      return { name: found.name, cue: own ? `${own.cue} ${own.name}` : `reported speech (Konjunktiv); speaker named before: ${found.cue} ${found.name}` };
    }
    if (own && index - j >= 2) break;
    if (!own && !isReported(earlier.text) && ++gaps > 1) break;
  }
  if (own) {
    const name = antecedent(sentences, index, language, !!own.inverted);
    if (name) return { name, cue: `${own.cue} ${own.name}` };
  }
  return null;
}
