/**
 * Verb-form tests that keep non-forecasts out: German "werden" is the future auxiliary only with
 * an infinitive ("wird ... liefern"); with a participle it is the present passive ("wird ...
 * genehmigt"), and alone it means "become". Counterfactual and past modal perfects ("hätte
 * ... können", "would have", "zou hebben") look back, not ahead.
 */
import { isLowercase, type Token } from "./tokens";
import type { Language } from "./types";

/** German verbs whose infinitive starts with "ge" (so "ge-" alone does not make a participle). */
const GE_INFINITIVES = new Set([
  "geben",
  "gehen",
  "gelten",
  "gewinnen",
  "geschehen",
  "gelingen",
  "genießen",
  "gestehen",
  "gehören",
  "gefallen",
  "geraten",
  "genügen",
  "gebrauchen",
  "gewähren",
  "gestalten",
  "gefährden",
  "gewöhnen",
  "gedenken",
  "gebären",
]);
const SEPARABLE =
  /^(?:ab|an|auf|aus|bei|dar|durch|ein|fest|fort|her|heraus|herbei|hin|hinaus|los|mit|nach|vor|voran|weg|weiter|wieder|zu|zurück|zusammen|um|über|unter|entgegen|gegenüber)/;

/** Whether a German word reads as a past participle ("genehmigt", "geschlossen"). */
/**
 * Strong participles with an inseparable prefix have no "ge-" ("verschoben", "entschieden",
 * "übernommen") and end in "-en" like an infinitive; their stem vowel tells them apart
 * ("verschieben" / "verschoben"). Same-form verbs ("bekommen", "erhalten") read as infinitives.
 */
const STRONG_INSEPARABLE =
  /^(?:ver|be|er|ent|zer|über|unter|miss|emp|hinter|wider)\p{Ll}*(?:oben|oten|ogen|oren|ossen|nommen|unden|ungen|unken|onnen|ochen|orben|orfen|olfen|iffen)$/u;

/** ei -> ie/i ablaut: "vermieden", "entschieden", "beschrieben", "gestiegen", "bestritten". */
const ABLAUT_IE = /(?:mieden|schieden|schrieben|rieben|trieben|blieben|stiegen|schwiegen|wiesen|priesen|rissen|bissen|schnitten|stritten|litten|glitten)$/;
/** Words that end like participles but are adjectives or adverbs ("bereit", "leicht", "jetzt"). */
const NOT_PARTICIPLE =
  /^(?:verabschieden|unterscheiden|bereit|breit|weit|leicht|recht|schlecht|fest|jetzt|nicht|bereits|zuletzt|meist|erst|selbst|sonst|längst|fast|oft|nachts|rechts|links|bestimmt|gerecht|bekannt|bewusst|direkt|exakt|korrekt|perfekt|intakt|abstrakt|konkret|komplett|stabil|mit|nichts|ernst|echt|acht|sacht|satt|glatt|matt|platt|flott|kompakt|zart|hart|alt|halt|kalt|bunt|laut|spät|stolz|kurz)$/;

export function isGermanParticiple(word: string): boolean {
  const w = word.toLowerCase();
  if (!isLowercase(word) || NOT_PARTICIPLE.test(w)) return false;
  if (STRONG_INSEPARABLE.test(w) || (/^(?:ver|be|er|ent|zer|über|unter|miss|hinter|wider|ge)/.test(w) && ABLAUT_IE.test(w))) return true;
  if (/(?:iert|t)$/.test(w) && !/(?:en|ern|eln)$/.test(w)) return true;
  const stem = w.replace(SEPARABLE, "");
  for (const base of [w, stem]) {
    if (base.startsWith("ge") && base.length > 5 && /en$/.test(base)) {
      return !GE_INFINITIVES.has(base);
    }
  }
  return false;
}

export function isGermanInfinitive(word: string): boolean {
  const w = word.toLowerCase();
  if (!isLowercase(word) || isGermanParticiple(word)) return false;
  return /(?:en|ern|eln)$/.test(w) || w === "sein" || w === "tun";
}

export type WerdenUse = "future" | "passive" | "become";

/**
 * How a German "werden" form is used in its clause. `clause` holds the clause's tokens and
 * `index` the position of the "werden" form in it: in a main clause the infinitive or participle
 * closes the clause; in a subordinate clause the auxiliary itself is last and the verb precedes it.
 */
const GERMAN_MODALS =
  /^(?:muss|müssen|kann|können|soll|sollen|darf|dürfen|will|wollen|mag|möchte|könnte|könnten|sollte|sollten|müsste|müssten|dürfte|dürften)$/;

export function germanWerdenUse(clause: Token[], index: number): WerdenUse {
  // A modal after the verb ("geändert werden muss", "geschlossen werden kann") belongs to it.
  let n = clause.length;
  while (n - 1 > index && GERMAN_MODALS.test(clause[n - 1]!.lower)) n--;
  // Verb-final order ("überholen wird", "entsenden werde und ..."): the verb stands just before it.
  const before = clause[index - 1];
  if (before && isGermanInfinitive(before.text)) return "future";
  const last = clause[n - 1];
  const verb = index === n - 1 ? before : last;
  if (!verb || verb === clause[index]) return "become";
  if (isGermanInfinitive(verb.text)) return "future";
  if (isGermanParticiple(verb.text)) return "passive";
  return "become";
}

function isDutchParticiple(word: string): boolean {
  const w = word.toLowerCase();
  return /^(?:\p{Ll}*?)ge\p{Ll}{2,}(?:d|t|en)$/u.test(w) && !/^(?:geen|geven|gaan|gelden|geloven|gebeuren|genieten|geleden|gegeven)$/.test(w);
}

/** A modal perfect or counterfactual past: "hätte ... können", "would have done", "zou hebben gedaan". */
export function isCounterfactualPast(clause: Token[], language: Language): boolean {
  const has = (re: RegExp) => clause.some((t) => re.test(t.lower));
  switch (language) {
    case "de": {
      const participle = clause.some((t) => isGermanParticiple(t.text));
      if (has(/^hätte(?:n|st)?$/) && (participle || /^(?:können|müssen|sollen|dürfen|wollen)$/.test(clause[clause.length - 1]?.lower ?? ""))) return true;
      if (has(/^wären?$/) && participle) return true;
      // "... aufgenommen haben könnte": participle + haben/sein + modal
      return clause.some(
        (t, i) =>
          /^(?:haben|sein)$/.test(t.lower) &&
          !!clause[i - 1] &&
          isGermanParticiple(clause[i - 1]!.text) &&
          /^(?:könnte|könnten|dürfte|dürften|wird|werden|kann|mag|muss)$/.test(clause[i + 1]?.lower ?? ""),
      );
    }
    case "nl": {
      if (has(/^hadden?$/) && has(/^(?:kunnen|moeten|zullen|willen)$/)) return true;
      // "Als hij naar buiten was gegaan, hadden we ... gehoord": a pluperfect looks back.
      if (has(/^hadden?$/) && clause.some((t) => isDutchParticiple(t.text)) && !has(/^(?:zal|zullen|zou|zouden)$/)) return true;
      // "zou hebben gedaan", "zal zijn gezien"; "zijn" next to the participle only ("zijn aanhang" is "his").
      const aux = clause.some(
        (t, i) => /^(?:hebben|gehad)$/.test(t.lower) || (t.lower === "zijn" && [clause[i - 1], clause[i + 1]].some((x) => !!x && isDutchParticiple(x.text))),
      );
      return has(/^(?:zou|zouden|kan|kunnen|moet|moeten|zal|zullen)$/) && aux && clause.some((t) => isDutchParticiple(t.text));
    }
    case "en":
      return clause.some(
        (t, i) =>
          /^(?:would|could|might|may|should|must|will)$/.test(t.lower) &&
          (clause[i + 1]?.lower === "have" || (/^(?:not|n't)$/.test(clause[i + 1]?.lower ?? "") && clause[i + 2]?.lower === "have")),
      );
  }
}

/** English "will" as a noun ("the will of the people", "free will"). */
export function isEnglishWillNoun(prev: Token | undefined): boolean {
  return !!prev && /^(?:the|a|his|her|their|its|our|your|my|free|good|ill|political|own|popular|last)$/.test(prev.lower);
}

/** English "May" as the month ("in May", "May 2026", "on 3 May"). */
export function isEnglishMayMonth(token: Token, prev: Token | undefined, next: Token | undefined, sentenceStart: boolean): boolean {
  if (token.text !== "May") return false;
  if (next && /^\d/.test(next.text)) return true;
  if (prev && (/^\d/.test(prev.text) || /^(?:in|on|since|by|of|early|late|mid|until|last|next|this)$/.test(prev.lower))) return true;
  return !sentenceStart;
}

/** Speech-act participles: "es sollte betont werden", "it should be noted" are no forecasts. */
const SPEECH_PARTICIPLE =
  /^(?:betont|gesagt|erwähnt|angemerkt|hingewiesen|festgehalten|bemerkt|ergänzt|opgemerkt|gezegd|benadrukt|vermeld|noted|stressed|said|mentioned|emphasized|emphasised|added|recalled|remembered)$/;

/** "sollte ... betont werden", "zou gezegd moeten worden", "should be noted": a remark, not a forecast. */
export function isNormativeRemark(clause: Token[]): boolean {
  return clause.some((t) => SPEECH_PARTICIPLE.test(t.lower));
}

/** Finite verbs in the past tense, irregular ones listed, regular ones by ending (nl, de). */
const PAST: Record<Language, RegExp> = {
  de: /^(?:war|waren|hatte|hatten|wurde|wurden|kam|kamen|ging|gingen|stand|standen|lag|lagen|blieb|blieben|konnte|konnten|wusste|wussten|saß|fand|fanden|schien|schienen|gab|zeigte|zeigten)$/,
  nl: /^(?:was|waren|had|hadden|werd|werden|zat|zaten|leek|leken|kwam|kwamen|ging|gingen|stond|stonden|lag|lagen|bleef|bleven|kon|konden|wist|wisten|deed|deden|ontbrak|ontbraken|voelde|voelden|vond|vonden|gaf|gaven)$/,
  en: /^(?:was|were|had|did|seemed|felt|came|went|stood|lay|remained|knew|found|gave|looked)$/,
};
const WEAK_PAST: Partial<Record<Language, RegExp>> = {
  de: /^\p{Ll}{3,}(?:te|ten)$/u,
  nl: /^\p{Ll}{3,}(?:de|te|den|ten)$/u,
};
const NOT_PAST =
  /^(?:heute|mitte|bitte|rente|leute|beide|meiste|meisten|ersten|letzte|letzten|nächste|nächsten|gute|guten|weite|weiten|mede|heden|beide|tijdens|vandaag|komende|volgende|hoogste|grootste|laatste|eerste|beste|meeste|verschillende|bepaalde|gekozen|verwachte)$/;
/** Finite verbs that put a clause in the present or future: a hedge next to them is about now or later. */
const PRESENT_OR_FUTURE =
  /^(?:ist|sind|wird|werden|kann|können|könnte|könnten|dürfte|soll|sollen|is|are|will|would|can|could|may|might|zal|zullen|zou|zouden|kan|kunnen|gaat|gaan|blijft|wordt|heeft|hebben)$/;

/**
 * "mogelijk voelde het zich gedwongen", "wahrscheinlich war er", "he probably was": a hedge in a
 * clause whose verb is in the past guesses at what happened, it forecasts nothing.
 */
export function isPastGuess(clause: Token[], language: Language): boolean {
  if (clause.some((t) => isLowercase(t.text) && PRESENT_OR_FUTURE.test(t.lower))) return false; // not "IS" (the group)
  const weak = WEAK_PAST[language];
  return clause.some((t) => PAST[language].test(t.lower) || (!!weak && isLowercase(t.text) && weak.test(t.lower) && !NOT_PAST.test(t.lower)));
}

/** Whether a clause has a finite verb in the past ("stemde", "said", "war"): then a time ahead is no schedule. */
export function hasPastVerb(clause: Token[], language: Language): boolean {
  const weak = WEAK_PAST[language];
  return clause.some(
    (t) =>
      PAST[language].test(t.lower) ||
      (language === "en" && /^(?:said|told|wrote|announced|added|reported|agreed|decided)$/.test(t.lower)) ||
      (!!weak && isLowercase(t.text) && weak.test(t.lower) && !NOT_PAST.test(t.lower)),
  );
}
