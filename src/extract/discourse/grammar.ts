import {
  AUXILIARIES,
  DETERMINERS,
  HONORIFICS,
  ORGANISATION_HEADS,
  PERSON_TITLES,
  PURPOSE_OPENERS,
  REPORTING_VERBS,
  SUB_ACTION_INTRODUCERS,
} from "./lexicon/function-words.js";
import { MARKERS, type MarkerKind } from "./lexicon/markers.js";
import { VERBAL_NOUNS } from "./lexicon/nouns.js";
import {
  MEDIUM_PHRASES,
  PRE_ACT_WORDS,
  SPEECH_ACTS,
  type SpeechActInfo,
} from "./lexicon/speech-acts.js";
import { ACTION_VERBS } from "./lexicon/verbs.js";
import { type PhraseMatch, PhraseMatcher } from "./phrase-matcher.js";
import type { Token } from "./tokens.js";

/**
 * The lexicons compiled once into matchers. Frozen and shared: matchers are read-only after
 * construction, so there is no global mutable state.
 */
export const LEX = Object.freeze({
  verbs: PhraseMatcher.of(ACTION_VERBS),
  markers: new PhraseMatcher<MarkerKind>(MARKERS),
  speechActs: new PhraseMatcher<SpeechActInfo>(SPEECH_ACTS),
  nouns: PhraseMatcher.of(VERBAL_NOUNS),
  purpose: PhraseMatcher.of(PURPOSE_OPENERS),
  subIntroducers: PhraseMatcher.of(SUB_ACTION_INTRODUCERS),
  auxiliaries: PhraseMatcher.of(AUXILIARIES),
  preAct: PhraseMatcher.of(PRE_ACT_WORDS),
  media: PhraseMatcher.of(MEDIUM_PHRASES),
  reporting: PhraseMatcher.of(REPORTING_VERBS),
  honorifics: PhraseMatcher.of(HONORIFICS),
  personTitles: PhraseMatcher.of(PERSON_TITLES),
  organisationHeads: PhraseMatcher.of(ORGANISATION_HEADS),
  prepositions: PhraseMatcher.of([
    "về",
    "với",
    "tại",
    "trong",
    "theo",
    "đối với",
    "cho",
    "để",
    "nhằm",
    "từ",
    "đến",
    "tới",
    "bằng",
    "qua",
    "vào",
    "trên",
    "dưới",
    "sau",
    "trước",
    "khi",
    "nếu",
    "là",
    "thì",
    "mà",
    "nhưng",
    "vì",
    "do",
    "bởi",
    "rằng",
    "ở",
  ]),
});

/** True when the token before `i` (if any) is a determiner, which makes a verb at `i` a noun. */
export function afterDeterminer(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (prev?.kind !== "word") return false;
  if (DETERMINERS.has(prev.key)) return true;
  const prev2 = tokens[i - 2];
  return (
    prev2 !== undefined && prev2.kind === "word" && DETERMINERS.has(`${prev2.key} ${prev.key}`)
  );
}

/**
 * A verb phrase opener at `i`: a marker or an action verb, written in lower case (a capital means a
 * name: "Ban Tổ chức", "Sở Xây dựng") and not right after a determiner ("các tổ chức"). Returns the
 * longest of the two, or undefined.
 */
export function verbOpenerAt(
  tokens: readonly Token[],
  i: number,
  limit = tokens.length,
  allowCapital = false,
): PhraseMatch<"marker" | "verb"> | undefined {
  const t = tokens[i];
  if (t?.kind !== "word" || (t.cap && !allowCapital)) return undefined;
  if (afterDeterminer(tokens, i)) return undefined;
  const noun = LEX.nouns.longest(tokens, i, limit);
  const marker = LEX.markers.longest(tokens, i, limit);
  const verb = LEX.verbs.longest(tokens, i, limit);
  const best =
    marker && (!verb || marker.end >= verb.end)
      ? { start: i, end: marker.end, value: "marker" as const }
      : verb
        ? { start: i, end: verb.end, value: "verb" as const }
        : undefined;
  // A noun phrase that is at least as long wins ("cơ quan quản lý" is not "cơ quan | quản lý").
  if (best && noun && noun.end > best.end) return undefined;
  if (!best) return undefined;
  const next = tokens[best.end];
  // "cùng UBND 6 xã": `cùng` before a name is "with", not a marker.
  if (best.value === "marker" && (t.key === "cùng" || t.key === "cùng với")) {
    if (next?.kind !== "word" || next.cap || !verbOpenerAt(tokens, best.end, limit)) {
      return undefined;
    }
  }
  // "lãnh đạo Sở", "lãnh đạo các tổng công ty": a title before a name or group is not a verb.
  if (
    best.value === "verb" &&
    (next?.cap || next?.key === "các") &&
    LEX.personTitles.longest(tokens, i, limit)?.end === best.end
  ) {
    return undefined;
  }
  return best;
}

/**
 * A word of two or more syllables that starts with a capital at `i` ("Thường trực", "Tổ chức",
 * "Bí thư", "Xây dựng"): inside a name, its lower-case syllables are part of the name, not a verb.
 * Returns the index after it, or `i` when no known word starts there.
 */
export function capitalisedWordEnd(tokens: readonly Token[], i: number, limit: number): number {
  const t = tokens[i];
  if (t?.kind !== "word" || !t.cap) return i;
  let end = i;
  for (const m of [LEX.verbs, LEX.nouns, LEX.personTitles, LEX.organisationHeads, LEX.markers]) {
    const hit = (m as PhraseMatcher<unknown>).longest(tokens, i, limit);
    if (hit && hit.end - i >= 2 && hit.end > end) end = hit.end;
  }
  const act = LEX.speechActs.longest(tokens, i, limit);
  if (act && act.end - i >= 2 && act.end > end) end = act.end;
  // "Trưởng Ban quản lý": a name word that opens a longer one ("Ban quản lý") carries on.
  if (end > i + 1) {
    const last = end - 1;
    for (const m of [LEX.nouns, LEX.organisationHeads]) {
      const hit = (m as PhraseMatcher<unknown>).longest(tokens, last, limit);
      if (hit && hit.end > end) end = hit.end;
    }
  }
  return end;
}

/** True when the token is a word written in capitals only (`UBND`, `HĐND`, `GD&ĐT`). */
export function isAcronym(t: Token | undefined): boolean {
  if (t?.kind !== "word" || t.text.length < 2) return false;
  return t.text === t.text.toUpperCase() && t.text !== t.text.toLowerCase();
}
