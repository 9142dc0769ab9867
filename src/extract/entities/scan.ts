import { startsLine, type Token } from "../../text/tokens.js";
import { parseOrgAt, type RawOrg } from "../organisation/parse.js";
import { parseBareName, parseCuedPerson, type RawPersonMention } from "../person/mentions.js";
import type { RawTitle } from "../person/titles.js";
import { capRunEnd, parsePlaceAt, type RawPlace, tokensKey, tokensText } from "../place/parse.js";
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
      if (cur.country && !cur.countryInName) places.add(cur.country);
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
      // `tuyến đường Đồng Khởi, Nam Kỳ Khởi Nghĩa, Lê Lợi và Trường Sơn`: the list goes on.
      if (place.kind === "street" || place.kind === "road") {
        for (const item of streetList(ctx, place, i)) {
          places.add(item);
          claim(item.start, item.end);
          i = item.end;
        }
      }
      continue;
    }
    const listed = t.cap ? [] : streetsAfterWord(ctx, i);
    if (listed.length > 0) {
      for (const item of listed) {
        places.add(item);
        claim(item.start, item.end);
      }
      i = (listed[listed.length - 1] as RawPlace).end;
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
  const kept = placesNotPeople(ctx, people, places, claimed);
  const byStart = <T extends { start: number; end: number }>(a: T, b: T) =>
    a.start - b.start || b.end - a.end;
  return {
    people: kept,
    orgs: [...orgs].sort(byStart),
    places: [...places].sort(byStart),
    claimed,
  };
}

/** What separates the items of a list. */
const ITEM_SEPARATORS = new Set([",", "và"]);
/** What opens a list of streets after a plural street word (`các tuyến đường như ...`). */
const LIST_OPENERS = new Set(["như", ":"]);

/**
 * `các tuyến đường chính như Lê Duẩn, Đồng Khởi, Hàm Nghi`, `nhiều tuyến phố: Tràng Tiền, Hàng
 * Bài`: a street word with no name, a few lower-case words, then `như` or `:` and a list.
 */
function streetsAfterWord(ctx: EntityContext, i: number): RawPlace[] {
  const word = ctx.lex.streets.longestAt(ctx.tokens, i);
  if (!word || ctx.isCap(word.end)) return [];
  for (let k = word.end; k < word.end + 4; k++) {
    const t = ctx.at(k);
    if (!t || startsLine(t)) return [];
    if (LIST_OPENERS.has(t.key))
      return streetList(ctx, { kind: word.values[0] as "street" | "road" }, k, LIST_OPENERS);
    if (t.kind !== "word" || t.cap) return [];
  }
  return [];
}

/** Words that may end an item of a list of streets. */
const LIST_ENDS = new Set([",", "và", ".", "…", ";", ")", "(", "...", ":"]);

/**
 * The streets listed after `street`, from token `from`: `, Nam Kỳ Khởi Nghĩa, Lê Lợi và Trường Sơn`.
 * Each item is a capitalised run (at most five words) between list separators, on the same line.
 */
function streetList(
  ctx: EntityContext,
  street: Pick<RawPlace, "kind">,
  from: number,
  opening?: ReadonlySet<string>,
): RawPlace[] {
  const out: RawPlace[] = [];
  let j = from;
  for (let guard = 0; guard < 20; guard++) {
    const sep = ctx.at(j);
    const seps = guard === 0 && opening ? opening : ITEM_SEPARATORS;
    if (!sep || startsLine(sep) || !seps.has(sep.key)) break;
    const start = j + 1;
    const first = ctx.at(start);
    if (!first || startsLine(first) || !ctx.isCap(start)) break;
    // Another kind of place, a body or a person's cue ends the list.
    if (ctx.lex.adminTypes.longestAt(ctx.tokens, start) || parseOrgAt(ctx, start)) break;
    if (
      ctx.lex.honorifics.longestAt(ctx.tokens, start) ||
      ctx.lex.roles.longestAt(ctx.tokens, start)
    )
      break;
    const end = capRunEnd(ctx, start, 5);
    const after = ctx.at(end);
    if (end === start || (after && !startsLine(after) && !LIST_ENDS.has(after.key))) break;
    out.push({
      start,
      end,
      kind: street.kind,
      name: tokensText(ctx, start, end),
      candidates: [],
      typed: false,
      rule: "street-list",
      bare: tokensKey(ctx, start, end),
    });
    j = end;
  }
  return out;
}

/**
 * People named with no cue whose name is that of a street or place of the same article (`đường Âu
 * Cơ` ... `tiệm heo quay ở Âu Cơ`, `quận Hoàng Mai` ... `Hoàng Mai`): these mentions are the place,
 * and become mentions of it. Names with an honorific or a title stay people.
 */
function placesNotPeople(
  ctx: EntityContext,
  people: readonly RawPersonMention[],
  places: Set<RawPlace>,
  claimed: Uint8Array,
): RawPersonMention[] {
  const byKey = new Map<string, RawPlace>();
  for (const p of places) if (p.bare && !byKey.has(p.bare)) byKey.set(p.bare, p);
  if (byKey.size === 0) return [...people];
  const kept: RawPersonMention[] = [];
  for (const person of people) {
    const bare =
      person.honorifics.length === 0 &&
      person.titles.length === 0 &&
      person.nameStart !== undefined &&
      person.nameEnd !== undefined;
    const key = bare
      ? tokensKey(ctx, person.nameStart as number, person.nameEnd as number)
      : undefined;
    const place = key !== undefined ? byKey.get(key) : undefined;
    if (!place) {
      kept.push(person);
      continue;
    }
    const start = person.nameStart as number;
    const end = person.nameEnd as number;
    claimed.fill(0, person.start, person.end);
    claimed.fill(1, start, end);
    places.add({
      start,
      end,
      kind: place.kind,
      name: place.kind === "admin" ? tokensText(ctx, start, end) : place.name,
      ...(place.levels ? { levels: place.levels } : {}),
      candidates: place.candidates,
      typed: false,
      rule: "place-named-before",
      bare: place.bare as string,
    });
  }
  return kept;
}
