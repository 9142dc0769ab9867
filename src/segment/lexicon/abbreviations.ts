/**
 * Abbreviations written with a dot that never end a sentence when a capitalised word follows: titles
 * and ranks before a name (`GS.`, `TS.`, `ThS.`, `BS.`), administrative unit prefixes before a name or
 * number (`TP.`, `Q.`, `P.`, `TX.`), and a few Latin/English ones met in the news. Compiled into one
 * longest-first alternation by the tokenizer; matching is case-sensitive on purpose (`P.` is a ward,
 * `p.` is not an abbreviation).
 */
export const NON_FINAL_ABBREVIATIONS: readonly string[] = Object.freeze([
  // academic and professional titles
  "GS.",
  "PGS.",
  "TS.",
  "TSKH.",
  "ThS.",
  "Ths.",
  "Th.S.",
  "Th.S",
  "BS.",
  "Bs.",
  "BSCKI.",
  "BSCKII.",
  "BSCK.",
  "KS.",
  "CN.",
  "NCS.",
  "DS.",
  "LS.",
  "NSND.",
  "NSƯT.",
  "NGƯT.",
  "NGND.",
  "TTƯT.",
  "Gs.",
  "Pgs.",
  "Ts.",
  // administrative units
  "TP.",
  "Tp.",
  "TX.",
  "Tx.",
  "TT.",
  "Q.",
  "P.",
  "X.",
  "H.",
  "F.",
  "KP.",
  "Kp.",
  "KCN.",
  // names and other
  "Ng.",
  "Th.",
  "Tr.",
  "Mr.",
  "Mrs.",
  "Ms.",
  "Dr.",
  "Prof.",
  "St.",
  "No.",
  "Co.",
  "Inc.",
  "Ltd.",
  "Corp.",
  "Jr.",
  "Sr.",
  "vs.",
  "Vs.",
  "tr.",
  "ts.",
  "đ/c.",
]);

/**
 * Abbreviations that may close a sentence: after them a capitalised word starts a new sentence
 * (`... các tỉnh, v.v. Sau đó ...`).
 */
export const FINAL_ABBREVIATIONS: readonly string[] = Object.freeze([
  "v.v.",
  "v.v",
  "vv.",
  "etc.",
  "Tp.HCM.",
]);

/**
 * Prefixes of the dotted abbreviation pattern besides all-capital ones: mixed-case forms that
 * start a compound abbreviation (`Tp.HCM`, `Ng.Quang`, `Th.S`).
 */
export const DOTTED_PREFIXES: readonly string[] = Object.freeze([
  "Tp",
  "Th",
  "Ng",
  "Tr",
  "Gs",
  "Pgs",
  "Ts",
  "Ths",
  "Bs",
  "Kp",
  "Tx",
]);
