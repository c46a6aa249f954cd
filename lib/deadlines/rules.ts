/**
 * Deadline phrases per language. Ranks: 1 an explicit bound ("spätestens 2022", "bis 2030"),
 * 2 a negative framing ("nicht vor 2040"), 3 a span from the reference date ("within five
 * years", "this year"), 4 a bare future year ("2025 in Kraft treten"), 5 a vague phrase with an
 * assumed default horizon ("bald", "binnen afzienbare tijd").
 */
import { numberPattern } from "./number-words";
import {
  beforeYear,
  type DeadlineRule,
  duration,
  DEFAULT_HORIZON_YEARS as H,
  halfCentury,
  monthEnd,
  monthPattern,
  nextYear,
  notBeforeYear,
  partOfYear,
  rule,
  S,
  thisYear,
  vague,
  within,
  YEAR,
  yearEnd,
} from "./rule-kit";
import type { Language } from "./types";

const UNIT: Record<Language, string> = {
  de: "(?<unit>Jahr(?:e|en|es)?|Monat(?:e|en|s)?|Wochen?|Jahrzehnt(?:e|en|s)?|Tag(?:e|en)?)",
  nl: "(?<unit>jaar|jaren|maand(?:en)?|we(?:e)?k(?:en)?|decennium|decennia|dag(?:en)?)",
  en: "(?<unit>years?|months?|weeks?|decades?|days?)",
};

const N = (l: Language) => `(?<n>${numberPattern(l)})`;

const de: DeadlineRule[] = [
  rule(`spätestens${S}(?:(?:aber|jedoch|doch|allerdings)${S})?(?:(?:im|bis)${S}(?:zum${S})?(?:Jahre?${S})?)?${YEAR}`, 1, yearEnd),
  rule(`(?:bis${S}(?:spätestens${S})?|spätestens${S})(?:(?<part>Ende|Mitte|Anfang)${S}|(?:zum|ins)${S}Jahre?${S})?${YEAR}`, 1, (g) => partOfYear(g.part, g)),
  rule(`(?:bis|spätestens)${S}(?:(?:Ende|Mitte)${S})?${monthPattern("de")}${S}${YEAR}`, 1, monthEnd),
  rule(`(?:noch${S})?vor${S}(?:dem${S}Jahre?${S})?${YEAR}`, 1, beforeYear),
  rule(`vor${S}Ende${S}${YEAR}`, 1, yearEnd),
  rule(`nicht${S}(?:vor|früher${S}als)${S}(?:dem${S}Jahre?${S})?${YEAR}`, 2, notBeforeYear),
  rule(`frühestens${S}(?:(?:im|ab)${S}(?:Jahre?${S})?)?${YEAR}`, 2, notBeforeYear),
  rule(
    `(?:noch${S})?(?:im${S}laufenden${S}Jahr|in${S}diesem${S}Jahr|dieses${S}Jahr|im${S}Laufe${S}des${S}Jahres|bis${S}(?:zum${S})?Jahresende|bis${S}Ende${S}(?:des|dieses)${S}Jahres)`,
    3,
    thisYear,
  ),
  rule(`(?:im${S})?(?:nächsten|kommenden)${S}Jahr|nächstes${S}Jahr`, 3, nextYear),
  rule(`(?:innerhalb${S}(?:von${S}|der${S}nächsten${S})?|binnen${S}|in${S}den${S}(?:nächsten|kommenden)${S}|in${S})${N("de")}${S}${UNIT.de}`, 3, within),
  rule(`(?:für${S}|über${S})(?:mindestens${S}|wenigstens${S}|die${S}nächsten${S})?${N("de")}${S}${UNIT.de}`, 3, duration),
  rule(`(?:(?:für|über)${S}(?:mindestens${S}|wenigstens${S})?)?(?:(?:ein|einem|eines)${S})?halbe[ns]?${S}Jahrhunderts?`, 3, halfCentury),
  rule(`(?:(?:im|in)${S}(?:(?:dem${S})?Jahre?${S})?)?${YEAR}`, 4, yearEnd),
  rule(`in${S}absehbarer${S}(?:Zukunft|Zeit)|auf${S}absehbare${S}Zeit`, 5, vague(H.foreseeable, "foreseeable future")),
  rule(`(?:in${S})?naher${S}Zukunft|bald|in${S}Kürze|demnächst|zeitnah|in${S}Bälde`, 5, vague(H.soon, "soon")),
  rule(`kurzfristig`, 5, vague(H.shortTerm, "short term")),
  rule(`mittelfristig`, 5, vague(H.mediumTerm, "medium term")),
  rule(`in${S}den${S}(?:nächsten|kommenden)${S}Jahren`, 5, vague(H.mediumTerm, "the coming years")),
  rule(`in${S}den${S}(?:nächsten|kommenden)${S}Monaten`, 5, vague(H.comingMonths, "the coming months")),
];

const nl: DeadlineRule[] = [
  rule(`(?:uiterlijk|ten${S}laatste|op${S}zijn${S}laatst)${S}(?:(?:in|op)${S}(?:het${S}jaar${S})?)?(?:(?<part>eind|medio|begin)${S})?${YEAR}`, 1, (g) =>
    partOfYear(g.part, g),
  ),
  rule(`tegen${S}(?:het${S}einde${S}van${S}|(?<part>eind|medio|begin)${S}|het${S}jaar${S})?${YEAR}`, 1, (g) => partOfYear(g.part, g)),
  rule(`(?:uiterlijk|tegen|vóór|voor)${S}(?:(?:eind|medio)${S})?${monthPattern("nl")}${S}${YEAR}`, 1, monthEnd),
  rule(`(?:vóór|voor)${S}(?:het${S}jaar${S})?${YEAR}`, 1, beforeYear),
  rule(`(?:vóór|voor)${S}(?:eind|het${S}einde${S}van)${S}${YEAR}`, 1, yearEnd),
  rule(`niet${S}(?:vóór|voor|eerder${S}dan)${S}(?:het${S}jaar${S})?${YEAR}`, 2, notBeforeYear),
  rule(`op${S}zijn${S}vroegst${S}(?:in${S})?${YEAR}`, 2, notBeforeYear),
  rule(`(?:nog${S})?dit${S}jaar|(?:in${S})?het${S}(?:lopende|huidige)${S}jaar|(?:vóór|voor|tegen)${S}het${S}einde?${S}van${S}(?:het|dit)${S}jaar`, 3, thisYear),
  rule(`volgend${S}jaar|(?:in${S})?het${S}komende${S}jaar|komend${S}jaar`, 3, nextYear),
  rule(`(?:binnen|(?:in${S})?de${S}(?:komende|volgende)|over)${S}${N("nl")}${S}${UNIT.nl}`, 3, within),
  rule(`voor${S}(?:minstens${S}|ten${S}minste${S}|minimaal${S})?${N("nl")}${S}${UNIT.nl}`, 3, duration),
  rule(`(?:voor${S}(?:minstens${S}|ten${S}minste${S})?)?(?:een${S})?halve${S}eeuw`, 3, halfCentury),
  rule(`(?:in${S}(?:het${S}jaar${S})?)?${YEAR}`, 4, yearEnd),
  rule(`binnen${S}afzienbare${S}tijd|op${S}afzienbare${S}termijn|in${S}de${S}afzienbare${S}toekomst`, 5, vague(H.foreseeable, "foreseeable future")),
  rule(`in${S}de${S}nabije${S}toekomst|spoedig|binnenkort|weldra|binnen${S}korte${S}tijd`, 5, vague(H.soon, "soon")),
  rule(`op${S}korte${S}termijn`, 5, vague(H.shortTerm, "short term")),
  rule(`op${S}middellange${S}termijn`, 5, vague(H.mediumTerm, "medium term")),
  rule(`(?:in${S})?de${S}komende${S}jaren`, 5, vague(H.mediumTerm, "the coming years")),
  rule(`(?:in${S})?de${S}komende${S}maanden`, 5, vague(H.comingMonths, "the coming months")),
];

const en: DeadlineRule[] = [
  rule(
    `(?:by|no${S}later${S}than|not${S}later${S}than|at${S}the${S}latest${S}(?:by|in))${S}(?:the${S}end${S}of${S}|end${S}of${S}|(?<part>mid|early|late)[-\\s])?${YEAR}`,
    1,
    (g) => partOfYear(g.part, g),
  ),
  rule(`(?:by|before|no${S}later${S}than)${S}(?:the${S}end${S}of${S}|end${S}of${S})?${monthPattern("en")}${S}${YEAR}`, 1, monthEnd),
  rule(`before${S}${YEAR}`, 1, beforeYear),
  rule(`before${S}the${S}end${S}of${S}${YEAR}`, 1, yearEnd),
  rule(`(?:not${S}(?:before|until|prior${S}to)|(?:no|not)${S}earlier${S}than)${S}${YEAR}`, 2, notBeforeYear),
  // "will not arrive before 2040", "won't recover until 2035"
  rule(`(?:not|never|\\p{L}+n't)(?:${S}\\p{L}+){1,3}${S}(?:before|until)${S}${YEAR}`, 2, notBeforeYear),
  rule(`${YEAR}${S}at${S}the${S}earliest`, 2, notBeforeYear),
  rule(`(?:later${S})?this${S}year|the${S}current${S}year|by${S}(?:the${S})?end${S}of${S}(?:the|this)${S}year|by${S}year[-\\s]end`, 3, thisYear),
  rule(`next${S}year|the${S}coming${S}year`, 3, nextYear),
  rule(`(?:within|in${S}the${S}next|over${S}the${S}next|in${S}the${S}coming|in)${S}${N("en")}${S}${UNIT.en}`, 3, within),
  rule(`for${S}(?:at${S}least${S}|the${S}next${S})?${N("en")}${S}${UNIT.en}`, 3, duration),
  rule(`(?:for${S}(?:at${S}least${S})?)?half${S}a${S}century`, 3, halfCentury),
  rule(`(?:in${S})?${YEAR}`, 4, yearEnd),
  rule(`in${S}the${S}foreseeable${S}future`, 5, vague(H.foreseeable, "foreseeable future")),
  rule(`in${S}the${S}near${S}future|soon|shortly|before${S}long`, 5, vague(H.soon, "soon")),
  rule(`in${S}the${S}short${S}term`, 5, vague(H.shortTerm, "short term")),
  rule(`in${S}the${S}medium${S}term`, 5, vague(H.mediumTerm, "medium term")),
  rule(`in${S}the${S}(?:coming|next(?:${S}few)?)${S}years`, 5, vague(H.mediumTerm, "the coming years")),
  rule(`in${S}the${S}(?:coming|next(?:${S}few)?)${S}months`, 5, vague(H.comingMonths, "the coming months")),
];

export const DEADLINE_RULES: Record<Language, readonly DeadlineRule[]> = { de, nl, en };
