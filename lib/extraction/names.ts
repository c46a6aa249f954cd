/**
 * Names in an article: which capitalised runs are names at all, people told apart from
 * institutions, and a register of the full names an article introduces, so that a later
 * surname ("Stenger"), a title ("Mr Obama") or an inflected form ("Deutscher Bahn") is tied back
 * to the full name ("Fabian Stenger", "Barack Obama", "Deutsche Bahn"), and matched against the
 * people already in the ledger when the caller passes them.
 */
import { isCapitalised, type Token, tokenize } from "./tokens";
import type { ForecasterKind, KnownPerson } from "./types";

/** Words in a name that make it an institution ("Ifo-Institut", "Bank of England", "CPB"). */
const INSTITUTION =
  /(?:bank|institut|ministeri|ministry|regierung|regering|government|kabinet|partei|partij|party|universit|college|council|center|centre|zentrum|centrum|fund|fonds|office|kommission|commissie|commission|association|verband|vereniging|gmbh|corp|group|groep|konzern|agency|agentur|bureau|court|gericht|rechtbank|congress|kongress|senate|senat|parliament|parlament|union|unie|organi[sz]ation|foundation|stiftung|stichting|lab|times|journal|zeitung|krant|post|reuters|bloomberg|facebook|google|amazon|apple|microsoft|bahn|flixbus|flixtrain|polizei|politie|police|armee|leger|brookings|initiative|initiatief|akkoord|abkommen|agreement|house|haus|rat|raad|amt|dienst|service|authority|behörde|autoriteit|toezichthouder|company|firma|bedrijf|unternehmen|board|vorstand|team|club|verein|school|schule|hospital|klinik|charité|ziekenhuis)/i;
const ACRONYM = /^\p{Lu}{2,6}s?$/u;
/** Honorifics and titles before a name; dropped when the name is registered or resolved. */
const TITLES = /^(?:mr|mrs|ms|dr|prof|herr|frau|meneer|mevrouw|dhr|mevr|sir|dame|lord|the|de|der|die|het)$/i;
const HONORIFIC = /^(?:mr|mrs|ms|dr|prof|herr|frau|meneer|mevrouw|dhr|mevr|sir|dame|lord)\.?$/i;
/** Role nouns (also as the end of a compound: "Afghanistanspecialist", "IS-expert", "Bahnchef"). */
export const ROLE =
  /(?:sprecher|sprecherin|minister|ministerin|präsident|präsidentin|kanzler|kanzlerin|chef|chefin|direktor|direktorin|leiter|leiterin|experte|expertin|expert|specialist|spezialist|analyst|analist|historiker|professor|prof|dr|ökonom|ökonomin|forscher|forscherin|wissenschaftler|politiker|botschafter|vorsitzende|gouverneur|woordvoerder|woordvoerster|president|premier|hoofdredacteur|voorzitter|deskundige|econoom|onderzoeker|directeur|topman|topvrouw|burgemeester|historicus|hoogleraar|spokesman|spokeswoman|spokesperson|secretary|economist|general|chairman|chairwoman|director|editor|governor|chancellor|chief|ceo|senator|ambassador|mayor|consultant|journalist|journaliste|virologe|virologin|viroloog|manager|managerin|strategist|strategin|correspondent|korrespondent|correspondente|adviseur|berater|beraterin|advisor|adviser|fellow|leader|leiderin|leider|officer|commissioner|commissaris|kommissar|kommissarin)(?:in|innen|en|n|r|s)?$/i;

const PARTICLE = /^(?:van|von|de|der|den|ter|ten|te|du|da|di|la|le|al|bin|ben|zu|vom|dos|das|del|y|'t)$/;
/** Capitalised words that open a sentence or phrase without being (part of) a name. */
export const NOT_NAME =
  /^(?:laut|volgens|according|nach|von|vom|in|im|am|an|auf|für|mit|bei|aus|über|unter|vor|zu|zum|zur|seit|for|with|from|on|at|by|to|of|after|before|since|met|voor|bij|op|van|uit|door|naar|na|sinds|tegen|over|dat|die|der|das|dem|den|des|de|het|een|the|a|an|this|that|these|those|dit|deze|wie|was|wat|welke|which|what|who|how|when|where|why|ook|auch|also|maar|aber|but|and|und|en|of|oder|or|toch|doch|yet|misschien|vielleicht|wellicht|perhaps|maybe|nur|only|alleen|zo|so|dann|then|dan|als|wenn|if|er|es|sie|hij|zij|ze|he|she|it|they|we|ich|ik|wir|wij|you|je|jij|u|du|ihr|hier|here|there|daar|dort|da|nu|jetzt|now|heute|today|vandaag|gisteren|gestern|yesterday|morgen|tomorrow|even|sogar|zelfs|mr|mrs|ms|dr|prof|sir|herr|frau|meneer|mevrouw|dhr|mevr|el|los|les|un|une|il)$/i;

/** A possessive ending ("Netanyahu’s", "Baghdadi's") is no part of the name. */
export function stripPossessive(word: string): string {
  return word.replace(/['’]s$/u, "");
}

/** German inflection of adjectives and nouns in names ("Deutscher Bahn", "des Ifo-Instituts"). */
function stem(word: string): string {
  return word.toLowerCase().replace(/(?:e[rnsm]?|s)$/u, "");
}

export function looksInstitution(name: string): boolean {
  const words = name.split(/\s+/);
  return words.some((w) => INSTITUTION.test(w) || ACRONYM.test(stripPossessive(w)));
}

export function kindOfName(name: string): ForecasterKind {
  return looksInstitution(name) ? "institution" : "person";
}

/** A run of capitalised words (with name particles and initials between them) in a sentence. */
export interface NameRun {
  text: string;
  tokens: Token[];
  /** The role noun right before it, lower-cased ("president" in "President Barack Obama"). */
  role: string | null;
}

/** The name-like runs of a sentence: two or more capitalised words; a role or title before them is dropped. */
export function nameRuns(text: string): NameRun[] {
  const tokens = tokenize(text);
  const out: NameRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCapitalised(tokens[i]!.text)) {
      i++;
      continue;
    }
    const run: Token[] = [];
    let j = i;
    for (; j < tokens.length; j++) {
      const t = tokens[j]!;
      const gap = run.length ? text.slice(run[run.length - 1]!.end, t.start) : "";
      if (run.length && !/^[\s.\u00a0]*$/u.test(gap)) break; // a comma, quote or dash ends a name
      if (NOT_NAME.test(t.lower) && isCapitalised(t.text) && !/^(?:mr|mrs|ms|dr|prof|sir|herr|frau|meneer|mevrouw|dhr|mevr)$/.test(t.lower)) break;
      if (isCapitalised(t.text)) run.push(t);
      else if (PARTICLE.test(t.lower) && tokens[j + 1] && isCapitalised(tokens[j + 1]!.text) && run.length) run.push(t);
      else break;
    }
    let start = 0;
    let role: string | null = null;
    while (start < run.length && (ROLE.test(run[start]!.text) || TITLES.test(run[start]!.lower))) {
      if (ROLE.test(run[start]!.text)) role = run[start]!.lower;
      start++;
    }
    const prev = tokens[i - 1];
    if (!role && prev && ROLE.test(prev.text)) role = prev.lower;
    // German "der Reederin Anke Sommer": after an article, a third capitalised word before the name is a noun.
    if (prev && /^(?:der|die|des|dem|den)$/.test(prev.lower) && run.length - start >= 3 && !PARTICLE.test(run[start + 1]!.lower)) start++;
    const kept = run.slice(start);
    if (kept.length >= 2 && isCapitalised(kept[kept.length - 1]!.text)) {
      out.push({ text: text.slice(kept[0]!.start, kept[kept.length - 1]!.end).replace(/['’]s$/u, ""), tokens: kept, role });
    }
    i = Math.max(j, i + 1);
  }
  return out;
}

/**
 * The full names an article introduces, by surname and by role, in text order; and the people
 * the caller says are already in the ledger. Lookups are map reads, so resolving is cheap.
 */
export class NameRegister {
  private bySurname = new Map<string, string>();
  private byStem = new Map<string, string>();
  private byRole = new Map<string, string>();
  private known = new Map<string, KnownPerson>();
  private knownBySurname = new Map<string, KnownPerson | null>();

  constructor(knownPeople: readonly KnownPerson[] = []) {
    for (const p of knownPeople) {
      this.known.set(p.name.toLowerCase(), p);
      const last = p.name.trim().split(/\s+/).pop()!.toLowerCase();
      // A surname shared by two known people is ambiguous: it matches neither.
      this.knownBySurname.set(last, this.knownBySurname.has(last) ? null : p);
    }
  }

  private stemKey(name: string): string {
    return name.split(/\s+/).map(stem).join(" ");
  }

  /** Registers a full name seen in the text (the first one for a surname wins, except shorter inflections). */
  add(run: NameRun): void {
    const name = run.text;
    const key = this.stemKey(name);
    const seen = this.byStem.get(key);
    if (seen && seen.length <= name.length) return;
    this.byStem.set(key, name);
    const last = stripPossessive(run.tokens[run.tokens.length - 1]!.text).toLowerCase();
    if (!looksInstitution(name) && (!this.bySurname.has(last) || seen)) this.bySurname.set(last, name);
    if (run.role && !looksInstitution(name)) this.byRole.set(run.role, name);
  }

  /** A person introduced earlier with this role ("the president" -> "Barack Obama"). */
  byRoleWord(role: string): string | null {
    return this.byRole.get(role.toLowerCase()) ?? null;
  }

  /**
   * The full name behind `raw`: titles dropped, a surname or an inflected form tied back to the
   * full name introduced in the text; then matched against the ledger. `how` says what was done.
   */
  resolve(raw: string): { name: string; kind: ForecasterKind; how: string | null; known?: string } {
    let words = raw.trim().split(/\s+/).map(stripPossessive);
    while (words.length > 1 && (HONORIFIC.test(words[0]!) || ROLE.test(words[0]!) || /^(?:van|von|of|at|bei|bij|from)$/.test(words[0]!)))
      words = words.slice(1);
    let name = words.join(" ");
    let how: string | null = null;
    // The name itself, or its last words ("Reederin Anke Sommer" -> "Anke Sommer"), as registered.
    let full: string | undefined;
    for (let k = 0; k < words.length - 1 && !full; k++) {
      // "De Nederlandsche Bank" keeps its article; "Reederin Anke Sommer" loses its role noun.
      if (k > 0 && /^(?:de|het|the|der|die|das|den|des)$/i.test(words[k - 1]!)) break;
      full = this.byStem.get(this.stemKey(words.slice(k).join(" ")));
    }
    if (full && full !== name) {
      how = `the name introduced as "${full}"`;
      name = full;
    } else if (!full) {
      const bySurname = this.bySurname.get(words[words.length - 1]!.toLowerCase());
      if (bySurname?.toLowerCase().endsWith(name.toLowerCase()) && bySurname !== name) {
        how = `surname of "${bySurname}", named before`;
        name = bySurname;
      }
    }
    const known =
      this.known.get(name.toLowerCase()) ??
      (words.length === 1 || how ? this.knownBySurname.get(name.split(/\s+/).pop()!.toLowerCase()) : undefined) ??
      undefined;
    const kind = known?.kind ?? kindOfName(name);
    if (known) return { name: known.name, kind, how: how ? `${how}; in the ledger` : "in the ledger", known: known.name };
    return { name, kind, how };
  }
}

/** Builds the register of an article's sentences in one pass. */
export function registerNames(texts: readonly string[], knownPeople?: readonly KnownPerson[]): NameRegister {
  const register = new NameRegister(knownPeople);
  for (const t of texts) for (const run of nameRuns(t)) register.add(run);
  return register;
}
