import { startsLine, type Token } from "../../text/tokens.js";
import { parseOrgAt, type RawOrg } from "../organisation/parse.js";
import { parseBareName, parseCuedPerson, type RawPersonMention } from "../person/mentions.js";
import type { RawTitle } from "../person/titles.js";
import { capRunEnd, parsePlaceAt, type RawPlace } from "../place/parse.js";
import type { EntityContext } from "./context.js";
import { endsWord } from "./words.js";

/** Whether a lower-case word can start a person cue, body, place or landmark. */
function startsSomething(ctx: EntityContext, key: string): boolean {
  return ctx.lex.starters.has(key);
}

/** Everything one pass over the tokens found, nested parts included, in text order. */
export interface Scan {
  readonly people: RawPersonMention[];
  readonly orgs: RawOrg[];
  readonly places: RawPlace[];
  /** Tokens some mention took (1) and tokens free (0): bare district names look only at free ones. */
  readonly claimed: Uint8Array;
}

/**
 * One left-to-right pass: at each token, the first of these that parses takes the tokens it covers
 * (longest first within each):
 * 1. a person with a cue (honorific or title) or a title alone;
 * 2. an organisation (with its place and parent);
 * 3. a place;
 * 4. a landmark (`sông Tô Lịch`, `chợ Bến Thành`), taken so that its name is not read as a person;
 * 5. a bare name starting with a family name.
 * Every parser is memoised per token and looks ahead a bounded number of tokens, so the pass is
 * linear in the length of the text.
 */
export function scanEntities(ctx: EntityContext): Scan {
  const people: RawPersonMention[] = [];
  const orgs = new Set<RawOrg>();
  const places = new Set<RawPlace>();
  const claimed = new Uint8Array(ctx.tokens.length);
  const claim = (start: number, end: number) => claimed.fill(1, start, end);
  const addOrg = (o: RawOrg | undefined) => {
    for (let cur = o; cur; cur = cur.parent) {
      if (orgs.has(cur)) break;
      orgs.add(cur);
      if (cur.place) places.add(cur.place);
      if (cur.country) places.add(cur.country);
    }
  };
  const addTitle = (t: RawTitle) => {
    addOrg(t.org);
    if (t.place) places.add(t.place);
  };

  const n = ctx.tokens.length;
  for (let i = 0; i < n; ) {
    const t = ctx.tokens[i] as Token;
    // Punctuation starts nothing; nor does a lower-case word no lexicon begins with.
    if (t.kind === "punct" || (t.kind === "word" && !t.cap && !startsSomething(ctx, t.key))) {
      i++;
      continue;
    }
    const person = parseCuedPerson(ctx, i);
    if (person) {
      people.push(person);
      for (const title of person.titles) addTitle(title);
      claim(person.start, person.end);
      i = Math.max(person.end, i + 1);
      continue;
    }
    const org = parseOrgAt(ctx, i);
    if (org) {
      addOrg(org);
      claim(org.start, org.end);
      i = Math.max(org.end, i + 1);
      continue;
    }
    const place = parsePlaceAt(ctx, i);
    if (place) {
      places.add(place);
      claim(place.start, place.end);
      i = Math.max(place.end, i + 1);
      continue;
    }
    // (Not the end of a word begun before: `yêu cầu Sở...` is no bridge. Capitalised, only a
    // landmark word of two words or more: `Khu công nghiệp Mỹ Xuân A`, but `Hồ Chí Minh`.)
    const found = endsWord(ctx, i) ? undefined : ctx.lex.landmarks.longestAt(ctx.tokens, i);
    const landmark = found && (!t.cap || found.end - i >= 2) ? found : undefined;
    if (landmark && ctx.isCap(landmark.end) && !startsLine(ctx.at(landmark.end) as Token)) {
      const end = capRunEnd(ctx, landmark.end, 5);
      claim(i, end);
      i = end;
      continue;
    }
    const bare = parseBareName(ctx, i);
    if (bare) {
      people.push(bare);
      for (const title of bare.titles) addTitle(title);
      claim(bare.start, bare.end);
      i = Math.max(bare.end, i + 1);
      continue;
    }
    i++;
  }
  const byStart = <T extends { start: number; end: number }>(a: T, b: T) =>
    a.start - b.start || b.end - a.end;
  return {
    people,
    orgs: [...orgs].sort(byStart),
    places: [...places].sort(byStart),
    claimed,
  };
}
