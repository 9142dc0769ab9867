import type { Honorific, Person, PersonMention, PersonTitle } from "../../schema/entities.js";
import { foldKey, nameKey } from "../../text/key.js";
import { startsLine, type Token } from "../../text/tokens.js";
import type { EntityContext } from "../entities/context.js";
import {
  bodyOfPlace,
  impliedBodyName,
  type OrganisationResolution,
} from "../organisation/resolve.js";
import { tokensText } from "../place/parse.js";
import type { PlaceResolution } from "../place/resolve.js";
import type { RawPersonMention } from "./mentions.js";
import { sameName } from "./similarity.js";
import type { RawTitle } from "./titles.js";

interface Cluster {
  /** Full names seen, in order. */
  readonly names: string[];
  readonly mentions: { raw: RawPersonMention; form: PersonMention["form"]; rule: string }[];
  readonly titles: Map<string, PersonTitle>;
  readonly honorifics: Map<string, Honorific>;
  /** Token index of the last mention, for pronouns. */
  last: number;
  first: number;
  gender?: "male" | "female";
  /** Whether the name looks Vietnamese (family name first, given name last). */
  vietnamese: boolean;
}

/** Sections whose names are the article's authors and sources, not people in the story. */
const AUTHOR_SECTIONS = new Set(["byline", "source"]);

/**
 * Joins person mentions into people. Full names agree when they are spellings of one name (see
 * {@link sameName}: `Nguyễn Thành Quang` is the `Nguyễn Thanh Quang` of the next line), unless both
 * spellings are each written at least twice; a short name
 * (`ông Minh`, `Bí thư Thăng`) joins the person whose given name it is, the nearest before it, else
 * after; a title alone (`Phó Bí thư Thường trực Quận ủy`) joins the person who holds that title; a
 * bare `ông`/`đồng chí` before a verb joins the person named just before. Names in the byline and
 * source lines are the authors and are left out.
 */
export function resolvePeople(
  ctx: EntityContext,
  raws: readonly RawPersonMention[],
  orgs: OrganisationResolution,
  places: PlaceResolution,
): Person[] {
  const clusters: Cluster[] = [];
  const kept = raws.filter((r) => {
    const section = ctx.sectionAt((ctx.at(r.nameStart ?? r.start) as Token).start);
    return !section || !AUTHOR_SECTIONS.has(section);
  });
  // A foreign person's `Thủ tướng`, `Tổng thống` is no Vietnamese body (Churchill's is not the
  // Chính phủ): bodies are implied for Vietnamese names and titles alone only.
  const titleOf = (t: RawTitle, foreign = false): PersonTitle =>
    toTitle(ctx, t, orgs, places, foreign);
  // A title is its role and its body, however the body was found (named, implied, from a place).
  const titleKey = (t: PersonTitle) =>
    `${nameKey(t.role)}|${t.qualifier ?? ""}|${t.organisationName ?? t.organisationId ?? ""}|${t.organisationName ? "" : (t.placeId ?? "")}`;

  const clusterOf = new Map<RawPersonMention, Cluster>();
  const add = (
    c: Cluster,
    raw: RawPersonMention,
    form: PersonMention["form"],
    withTitles = true,
  ) => {
    if (form !== "title" || !raw.predicative) c.mentions.push({ raw, form, rule: raw.rule });
    clusterOf.set(raw, c);
    c.last = Math.max(c.last, raw.start);
    c.first = Math.min(c.first, raw.start);
    for (const t of withTitles ? raw.titles : []) {
      const foreign = !c.vietnamese && c.names.length > 0;
      const pt = raw.ceased ? { ...titleOf(t, foreign), former: true } : titleOf(t, foreign);
      const k = titleKey(pt);
      if (!c.titles.has(k)) c.titles.set(k, pt);
    }
    for (const h of raw.honorifics) {
      if (!c.honorifics.has(h.entry.canonical)) {
        c.honorifics.set(h.entry.canonical, { value: h.entry.canonical, kind: h.entry.kind });
      }
      if (h.entry.gender && !c.gender) c.gender = h.entry.gender;
    }
  };
  // `Bác Hồ`: an epithet stands for the full name.
  const epithetOf = (raw: RawPersonMention): string | undefined => {
    const last = raw.honorifics[raw.honorifics.length - 1];
    if (!last || raw.nameStart === undefined || raw.nameEnd === undefined) return undefined;
    return ctx.lex.epithets.get(
      nameKey(`${last.entry.canonical} ${tokensText(ctx, raw.nameStart, raw.nameEnd)}`),
    );
  };
  const nameOf = (raw: RawPersonMention) =>
    epithetOf(raw) ?? tokensText(ctx, raw.nameStart as number, raw.nameEnd as number);
  const newCluster = (raw: RawPersonMention): Cluster => {
    const c: Cluster = {
      names: [],
      mentions: [],
      titles: new Map(),
      honorifics: new Map(),
      last: raw.start,
      first: raw.start,
      vietnamese: ctx.lex.familyNames.has(ctx.key(raw.nameStart as number)),
    };
    clusters.push(c);
    return c;
  };

  // Indexes, so that joining stays linear in the number of mentions.
  const byFold = new Map<string, Cluster[]>();
  const byGiven = new Map<string, Cluster[]>();
  const byEnd = new Map<string, Cluster[]>();
  const byTitle = new Map<string, Cluster[]>();
  const index = <K>(map: Map<K, Cluster[]>, key: K, c: Cluster) => {
    const list = map.get(key);
    if (!list) map.set(key, [c]);
    else if (!list.includes(c)) list.push(c);
  };
  const indexName = (c: Cluster, name: string) => {
    const parts = foldKey(name).split(" ");
    index(byFold, parts.join(" "), c);
    index(byGiven, `${parts.length}|${parts[parts.length - 1]}`, c);
    index(byEnd, parts[parts.length - 1] as string, c);
    if (!c.vietnamese) index(byEnd, parts[0] as string, c);
  };
  const indexTitles = (c: Cluster) => {
    for (const k of c.titles.keys()) if (hasOrganisationOrPlace(k)) index(byTitle, k, c);
  };

  // How often each spelling is written in full: two spellings each written at least twice are two
  // people (`Bùi Tiến Dũng` and `Bùi Tiến Dụng`), whatever their likeness.
  const written = new Map<string, number>();
  for (const raw of kept) {
    if (raw.form !== "full" || raw.nameStart === undefined || raw.nameEnd === undefined) continue;
    const k = nameKey(tokensText(ctx, raw.nameStart, raw.nameEnd));
    written.set(k, (written.get(k) ?? 0) + 1);
  }
  const established = (name: string) => (written.get(nameKey(name)) ?? 0) >= 2;
  const variantOf = (c: Cluster, name: string) =>
    c.names.some(
      (n) =>
        nameKey(n) === nameKey(name) ||
        (sameName(n, name, c.vietnamese) && !(established(n) && established(name))),
    );

  // 1. Full names.
  for (const raw of kept) {
    if (raw.form !== "full" && !(raw.form === "short" && epithetOf(raw))) continue;
    const name = nameOf(raw);
    const fold = foldKey(name);
    const parts = fold.split(" ");
    // `Võ Công trí`: a name cut short by a lower-case typo goes with the full name written elsewhere.
    const next = ctx.at(raw.nameEnd as number);
    const extended =
      next && next.kind === "word" && !next.cap && next.gap === "space"
        ? byFold.get(`${fold} ${foldKey(next.text)}`)?.[0]
        : undefined;
    let c =
      (byFold.get(fold) ?? []).find((cl) => variantOf(cl, name)) ??
      extended ??
      (byGiven.get(`${parts.length}|${parts[parts.length - 1]}`) ?? [])
        .slice(-50) // the fuzzy match looks at the last 50 people with that given name: linear
        .find((cl) => variantOf(cl, name));
    if (!c) c = newCluster(raw);
    if (!c.names.includes(name)) {
      c.names.push(name);
      indexName(c, name);
    }
    add(c, raw, raw.form === "full" ? "full" : "short");
    indexTitles(c);
  }
  // 2. Short names: the given name (Vietnamese) or either end (foreign: `ông Mattis`, `ông Kwak`).
  for (const raw of kept) {
    if (raw.form !== "short" || epithetOf(raw)) continue;
    const name = nameOf(raw);
    const candidates = byEnd.get(foldKey(name)) ?? [];
    let before: Cluster | undefined;
    let after: Cluster | undefined;
    for (const c of candidates) {
      if (c.first < raw.start) {
        if (!before || c.last > before.last) before = c;
      } else if (!after || c.first < after.first) after = c;
    }
    let c = before ?? after;
    if (!c) {
      c = newCluster(raw);
      c.names.push(name);
      indexName(c, name);
    }
    add(c, raw, "short");
    indexTitles(c);
  }
  // 3. Titles said of a sentence's subject (`X thôi giữ chức Trưởng ban...`): the person named last
  //    before them in the same sentence gets them.
  for (const raw of kept) {
    if (raw.form !== "title" || !raw.predicative) continue;
    const subject = subjectBefore(ctx, raw, kept, clusterOf);
    if (subject) {
      add(subject, raw, "title");
      indexTitles(subject);
    }
  }
  // 4. Titles alone: the person who holds the same title (the nearest before, else after). They add
  //    a mention, not titles: a title alone may be someone else's.
  for (const raw of kept) {
    if (raw.form !== "title" || raw.predicative) continue;
    let before: Cluster | undefined;
    let after: Cluster | undefined;
    for (const t of raw.titles) {
      for (const c of byTitle.get(titleKey(titleOf(t))) ?? []) {
        if (c.first < raw.start) {
          if (!before || c.last > before.last) before = c;
        } else if (!after || c.first < after.first) after = c;
      }
    }
    const c = before ?? after;
    if (c) add(c, raw, "title", false);
  }
  // 5. `ông`, `bà`, `đồng chí` before a verb: the person named just before (within 60 tokens).
  let lastNamed: { start: number; c: Cluster }[] = [];
  let cursor = 0;
  const namedSorted = [...clusterOf.entries()].sort((a, b) => a[0].start - b[0].start);
  for (const raw of kept) {
    if (raw.form !== "pronoun") continue;
    while (
      cursor < namedSorted.length &&
      (namedSorted[cursor] as [RawPersonMention, Cluster])[0].start < raw.start
    ) {
      const [r, c] = namedSorted[cursor] as [RawPersonMention, Cluster];
      lastNamed = [...lastNamed.filter((x) => x.c !== c).slice(-7), { start: r.start, c }];
      cursor++;
    }
    const gender = raw.honorifics[0]?.entry.gender;
    // Backwards only, within 60 tokens: the nearest person of the pronoun's gender, else the
    // nearest of unknown gender (never one of the other gender).
    const near = [...lastNamed].reverse().filter((x) => raw.start - x.start <= 60);
    const fit =
      (gender ? near.find((x) => x.c.gender === gender) : undefined) ??
      near.find((x) => !gender || !x.c.gender || x.c.gender === gender);
    if (fit) add(fit.c, raw, "pronoun");
  }

  // People, in order of first mention.
  const people = clusters
    .filter((c) => c.mentions.length > 0)
    .sort((a, b) => a.first - b.first)
    .map((c, k): Person => {
      const name = fullest(c.names, written);
      const parts = name.split(" ");
      const family = c.vietnamese ? parts[0] : undefined;
      const given = c.vietnamese && parts.length >= 2 ? parts[parts.length - 1] : undefined;
      const gender =
        c.gender ?? (parts.includes("Thị") ? "female" : parts.includes("Văn") ? "male" : undefined);
      const mentions = c.mentions
        .map((m) => mentionOf(ctx, m.raw, m.form))
        .sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end)
        .filter(
          (m, j, all) => j === 0 || m.span.start !== (all[j - 1] as PersonMention).span.start,
        );
      // A bare role (`Bí thư Thăng`) adds nothing to the same role with its body.
      const all = [...c.titles.values()];
      const titles = all
        .filter(
          (t) =>
            t.organisationId ||
            t.placeId ||
            t.organisationName ||
            !all.some((o) => o !== t && o.role === t.role),
        )
        .sort((a, b) => a.span.start - b.span.start);
      return {
        id: `person-${k + 1}`,
        name,
        ...(family ? { familyName: family } : {}),
        ...(given ? { givenName: given } : {}),
        ...(gender ? { gender } : {}),
        honorifics: [...c.honorifics.values()],
        titles,
        mentions,
      };
    });
  return people;
}

/** The person named last before `raw` in its sentence, if any. */
function subjectBefore(
  ctx: EntityContext,
  raw: RawPersonMention,
  mentions: readonly RawPersonMention[],
  clusterOf: ReadonlyMap<RawPersonMention, Cluster>,
): Cluster | undefined {
  // `mentions` are in text order: the last named one before `raw`, by binary search.
  let lo = 0;
  let hi = mentions.length - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid] as RawPersonMention).start < raw.start) {
      at = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  let best: RawPersonMention | undefined;
  for (let k = at; k >= 0 && k >= at - 8; k--) {
    const m = mentions[k] as RawPersonMention;
    if (m.nameStart !== undefined) {
      best = m;
      break;
    }
  }
  if (!best || !clusterOf.has(best) || raw.start - best.end > 40) return undefined;
  for (let k = best.end; k < raw.start; k++) {
    const t = ctx.at(k) as Token;
    if (startsLine(t) || t.key === "." || t.key === ";" || t.key === "!" || t.key === "?")
      return undefined;
  }
  return clusterOf.get(best);
}

/** A title key names a body or a place (a bare `Chủ tịch` joins no one). */
function hasOrganisationOrPlace(key: string): boolean {
  const [, , org = "", place = ""] = key.split("|");
  return org.length > 0 || place.length > 0;
}

/**
 * The name with the most syllables; on a tie the spelling written most often (`Bùi Trọng Hiền`
 * six times over a slip `Bùi Trong Hiền`), then the first written.
 */
function fullest(names: readonly string[], written: ReadonlyMap<string, number>): string {
  const score = (n: string) => [n.split(" ").length, written.get(nameKey(n)) ?? 0];
  let best = names[0] ?? "";
  for (const n of names) {
    const a = score(n);
    const b = score(best);
    for (let k = 0; k < a.length; k++) {
      if ((a[k] as number) === (b[k] as number)) continue;
      if ((a[k] as number) > (b[k] as number)) best = n;
      break;
    }
  }
  return best;
}

function toTitle(
  ctx: EntityContext,
  t: RawTitle,
  orgs: OrganisationResolution,
  places: PlaceResolution,
  foreign = false,
): PersonTitle {
  const first = ctx.at(t.start) as Token;
  const last = ctx.at(t.end - 1) as Token;
  let orgId = t.org ? orgs.idOf.get(t.org) : undefined;
  const placeId = t.place ? places.idOf.get(t.place) : undefined;
  // `Thành ủy viên`, `Thủ tướng`: the body the role implies, named after the article's place.
  let impliedName: string | undefined;
  if (!orgId && !placeId && t.role.implies && !foreign) {
    impliedName = impliedBodyName(t.role.implies, places, t.start);
    orgId = orgs.idByName.get(impliedName);
  }
  // `Bí thư Quận 2`, `Chủ tịch Hà Nội`: the party committee or people's committee of the place.
  const unit = t.place ? places.unitOf.get(t.place) : undefined;
  if (!orgId && unit) {
    impliedName = bodyOfPlace(t.role.canonical, unit);
    if (impliedName) orgId = orgs.idByName.get(impliedName);
  }
  return {
    ...ctx.doc.mention(first.start, last.end),
    rule: t.rule,
    role: t.role.canonical,
    ...(t.qualifier ? { qualifier: t.qualifier } : {}),
    ...(orgId ? { organisationId: orgId, organisationName: orgs.nameOf.get(orgId) as string } : {}),
    ...(!orgId && impliedName ? { organisationName: impliedName } : {}),
    ...(placeId ? { placeId } : {}),
    acting: t.acting,
    former: t.former,
  };
}

function mentionOf(
  ctx: EntityContext,
  raw: RawPersonMention,
  form: PersonMention["form"],
): PersonMention {
  const [s, e] =
    raw.nameStart !== undefined && raw.nameEnd !== undefined
      ? [raw.nameStart, raw.nameEnd]
      : [raw.start, raw.end];
  const first = ctx.at(s) as Token;
  const last = ctx.at(e - 1) as Token;
  const section = ctx.sectionAt(first.start);
  return {
    ...ctx.doc.mention(first.start, last.end),
    rule: raw.rule,
    form,
    ...(section ? { section } : {}),
  };
}
