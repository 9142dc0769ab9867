/**
 * People, titles, organisations and places on real news (`--suite entities`).
 *
 * Hand labels (scripts/eval/labels/entities.json): 47 baomoi articles about officials and public
 * bodies, read by a person, plus the seed article. For each: the people named (and the titles
 * attached to their names), the named organisations, and the places, administrative units with
 * their GSO code where the text makes the unit clear. bantin runs the entity stage on each article's
 * text; the suite reports precision and recall per type, and how often a labelled unit is linked
 * to the right catalogue code.
 *
 * A second file (labels/entities-heldout.json: ten more articles, labelled after the rules were
 * settled) is scored on its own, in the `held-out` lines. Its first, blind score is in the README;
 * the general bugs it showed were fixed afterwards, so these lines are no longer blind.
 *
 * Matching is by name, folded and with abbreviations expanded on both sides (`UBND TP Hà Nội` =
 * `Ủy ban nhân dân thành phố Hà Nội`); a second prediction matching the same labelled entity counts
 * as a false positive, so duplicates (one person split in two) cost precision.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Entities } from "../../src/extract/entities/index.js";
import { entitiesOf } from "../../src/extract/entities/public.js";
import type { Person, PersonTitle, Place } from "../../src/schema/entities.js";
import { type EvalSuite, ratio, type Score } from "./types.js";

interface LabelTitle {
  role: string;
  organisation?: string;
}
interface LabelPerson {
  name: string;
  aliases?: string[];
  titles: LabelTitle[];
}
interface LabelPlace {
  name: string;
  /** `tỉnh`, `thành phố`, `xã`: which of two same-named units. */
  type?: string;
  code?: string;
}
interface ArticleLabels {
  people: LabelPerson[];
  organisations: string[];
  places: LabelPlace[];
}

const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/đ/gu, "d")
    .replace(/Đ/gu, "D")
    .toLowerCase();

// Abbreviations the labels and the press use, expanded before comparing (folded forms).
const EXPANSIONS: [RegExp, string][] = [
  [/\btp\s*\.?\s*hcm\b|\btphcm\b|\bthanh pho ho chi minh\b|\bsai gon\b/g, "ho chi minh"],
  [/\bubnd\b|\bub nd\b/g, "uy ban nhan dan"],
  [/\bhdnd\b/g, "hoi dong nhan dan"],
  [/\bub\s+(?=mttq|t\.?u|tu\b|trung uong)/g, "uy ban "],
  [/\bmttqvn\b|\bmttq\s+vn\b/g, "mat tran to quoc"],
  [/\bmttq\b/g, "mat tran to quoc"],
  // `T.Ư`, `TW`, and `TƯ` where it stands for the Central Committee (never `đầu tư`, `tư pháp`).
  [
    /\bt\s*\.\s*u\b|\btw\b|(?<!dau )\btu\b(?=\s+(?:dang|hoi|doan|mat tran|mttq)\b|$)|(?<=\b(?:bch|uy ban|ban chap hanh|ban [a-z]+ [a-z]+)\s)tu\b/g,
    "trung uong",
  ],
  [/\bbch\b/g, "ban chap hanh"],
  [/\bbtv\b/g, "ban thuong vu"],
  [/\bdbqh\b|\bdb quoc hoi\b/g, "dai bieu quoc hoi"],
  [/\bdb\b/g, "dai bieu"],
  [/\bqldа\b|\bqlda\b/g, "quan ly du an"],
  [/\bbql\b/g, "ban quan ly"],
  [/\bhdqt\b/g, "hoi dong quan tri"],
  [/\bhdtv\b/g, "hoi dong thanh vien"],
  [/\bcty\b|\bc\.ty\b/g, "cong ty"],
  [/\btct\b/g, "tong cong ty"],
  [/\bdh\b/g, "dai hoc"],
  [/\bthpt\b/g, "trung hoc pho thong"],
  [/\bthcs\b/g, "trung hoc co so"],
  [/\bnd\b(?=\s*(?:viet nam|vn)?\s*$)|\bndvn\b/g, "nong dan"],
  [
    /\bgd\s*&\s*dt\b|\bgd\s*-\s*dt\b|\bgddt\b|\bgiao duc va dao tao\b|\bgiao duc - dao tao\b/g,
    "giao duc dao tao",
  ],
  [
    /\bkh\s*&\s*dt\b|\bkh\s*-\s*dt\b|\bkhdt\b|\bke hoach va dau tu\b|\bke hoach - dau tu\b|\bke hoach dau tu\b/g,
    "ke hoach dau tu",
  ],
  [
    /\bnn\s*&\s*ptnt\b|\bnn\s*-\s*ptnt\b|\bnong nghiep va phat trien nong thon\b/g,
    "nong nghiep phat trien nong thon",
  ],
  [/\btn\s*&\s*mt\b|\btn\s*-\s*mt\b|\btai nguyen va moi truong\b/g, "tai nguyen moi truong"],
  [/\bgtvt\b|\bgiao thong van tai\b|\bgiao thong - van tai\b/g, "giao thong van tai"],
  [/\btt\s*&\s*tt\b|\bthong tin va truyen thong\b/g, "thong tin truyen thong"],
  [
    /\bvh\s*-\s*tt\s*-\s*dl\b|\bvhttdl\b|\bvan hoa,? the thao va du lich\b|\bvan hoa - the thao va du lich\b/g,
    "van hoa the thao du lich",
  ],
  [/\bvhtt\b|\bvh\s*-\s*tt\b|\bvan hoa\s*(?:-|–|va)\s*the thao\b/g, "van hoa the thao"],
  [/\bnn\s*-\s*ptnt\b/g, "nong nghiep phat trien nong thon"],
  [/\bcsdt\b|\bcanh sat dieu tra\b/g, "canh sat dieu tra"],
  [/\bcand\b/g, "cong an nhan dan"],
  [/\bttxvn\b/g, "thong tan xa viet nam"],
  [/\bvn\b/g, "viet nam"],
  [/\bdcsvn\b|\bdang cong san viet nam\b/g, "dang cong san"],
];
// Type words dropped before comparing: `UBND TP Hà Nội` = `UBND Hà Nội` = `UBND thành phố Hà Nội`.
const TYPE_WORDS =
  /\b(?:tinh|thanh pho|tp|quan|huyen|thi xa|tx|xa|phuong|thi tran|viet nam|don vi|cua|cap)\b/g;
const SAME: Record<string, string> = {
  "trung uong": "ban chap hanh trung uong dang",
  "trung uong dang": "ban chap hanh trung uong dang",
  "ban chap hanh trung uong": "ban chap hanh trung uong dang",
  "ban chap hanh trung uong dang cong san": "ban chap hanh trung uong dang",
};

/**
 * The comparison form of an organisation or place name; `strict` keeps the type words (`tỉnh`,
 * `thành phố`...), only writing `TP` out.
 */
export function normName(s: string, strict = false): string {
  let t = fold(s)
    .replace(/[–—]/g, "-")
    .replace(/\s*-\s*/g, " - ");
  for (const [re, to] of EXPANSIONS) t = t.replace(re, to);
  t = t
    .replace(/\buy ban (?=mat tran to quoc)/g, "")
    .replace(strict ? /\btp\b/g : TYPE_WORDS, strict ? "thanh pho" : " ")
    .replace(/[^a-z0-9 ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return SAME[t] ?? t;
}

const roleKey = (s: string) => fold(s).replace(/\s+/g, " ").trim();

/** Whether two normalised names agree: equal, or one starts the other (two words or more). */
function agree(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return (
    short.split(" ").length >= 2 && (long.startsWith(`${short} `) || long.endsWith(` ${short}`))
  );
}

interface Tally {
  tp: number;
  predicted: number;
  gold: number;
  fp: string[];
  fn: string[];
}
const tally = (): Tally => ({ tp: 0, predicted: 0, gold: 0, fp: [], fn: [] });

/**
 * The article as an archive stores it: title, blank line, sapo, then the paragraphs one a line, the
 * byline last. (The crawl's `raw` moved the sapo after the byline, which no archive does.)
 */
function archiveText(a: {
  title: string;
  body_paragraphs: string[];
  trailing_blocks?: string[];
}): string {
  const clean = (s: string) => s.replace(/[\r\n]+/g, " ").trim();
  const sapo = clean(a.trailing_blocks?.[0] ?? "");
  return [clean(a.title), "", ...(sapo ? [sapo] : []), ...a.body_paragraphs.map(clean)].join("\n");
}

function loadArticles(dataDir: string, ids: Set<string>): Map<string, string> {
  const out = new Map<string, string>();
  const lines = readFileSync(join(dataDir, "news", "baomoi-paragraphs.jsonl"), "utf8").split("\n");
  for (const line of lines) {
    if (!line) continue;
    const a = JSON.parse(line) as {
      id: string;
      title: string;
      body_paragraphs: string[];
      trailing_blocks?: string[];
    };
    if (ids.has(a.id)) out.set(a.id, archiveText(a));
  }
  if (ids.has("seed"))
    out.set("seed", readFileSync(join(dataDir, "seed", "000_1891773ceaeb4687.txt"), "utf8"));
  return out;
}

/** The role with its qualifier, as labels write it: `Phó Bí thư Thường trực`. */
function fullRole(t: PersonTitle): string {
  return t.qualifier ? `${t.role} ${t.qualifier}` : t.role;
}

/** Every way the body of a title is named: the organisation's name, short form and mentions, or the place. */
function titleBodies(result: Entities, t: PersonTitle): string[] {
  const org = t.organisationId
    ? result.organisations.find((o) => o.id === t.organisationId)
    : undefined;
  const place = t.placeId ? result.places.find((x) => x.id === t.placeId) : undefined;
  return [
    t.organisationName,
    org?.name,
    org?.abbreviation,
    ...(org?.mentions.map((m) => m.text) ?? []),
    place?.name,
  ].filter((x): x is string => x !== undefined);
}

function personNames(p: Person): string[] {
  return [p.name, ...p.mentions.filter((m) => m.form === "full").map((m) => m.text)];
}

/** A place's comparison form: its name without type words, hamlet words included (`làng`, `thôn`). */
const placeName = (s: string) =>
  normName(s).replace(/^(?:lang|thon|ban|ap|xom|khu pho|duong|pho) /, "");

function placeFits(label: LabelPlace, p: Place): boolean {
  const names = [p.name, ...p.mentions.map((m) => m.text)].map(placeName);
  const want = placeName(label.name);
  if (!names.some((n) => n === want)) return false;
  if (!label.type) return true;
  const t = fold(label.type);
  if (t === "tinh") return p.type === "province";
  if (t === "xa") return p.type === "commune";
  if (t === "thanh pho")
    return (
      p.type === "district" ||
      p.unit?.unitType === "Thành phố Trung ương" ||
      (p.type === "province" && !p.unit)
    );
  return true;
}

export const entitiesSuite: EvalSuite = {
  name: "entities",
  description:
    "people, titles, organisations and places on 47 hand-labelled news articles + the seed, and 10 held-out articles",
  run(dataDir: string): Score[] {
    return [
      ...scoreLabels(dataDir, "entities.json", ""),
      ...scoreLabels(dataDir, "entities-heldout.json", "held-out "),
    ];
  },
};

/** Scores the entity stage against one label file; `prefix` names the set in the score lines. */
function scoreLabels(dataDir: string, file: string, prefix: string): Score[] {
  const labels = JSON.parse(readFileSync(new URL(`./labels/${file}`, import.meta.url), "utf8")) as {
    articles: Record<string, ArticleLabels>;
  };
  const ids = new Set(Object.keys(labels.articles));
  const texts = loadArticles(dataDir, ids);
  const people = tally();
  const titles = tally();
  const roles = tally();
  const orgs = tally();
  const places = tally();
  let linked = 0;
  let linkable = 0;
  const linkFailures: string[] = [];

  for (const [id, gold] of Object.entries(labels.articles)) {
    const text = texts.get(id);
    if (text === undefined) continue;
    const result = entitiesOf(text);

    // People: each prediction matches at most one label; a second match is a duplicate.
    const matchedLabel = new Map<LabelPerson, Person>();
    const foldNames = (l: LabelPerson) => [l.name, ...(l.aliases ?? [])].map(fold);
    people.gold += gold.people.length;
    people.predicted += result.people.length;
    for (const p of result.people) {
      const names = personNames(p).map(fold);
      const label = gold.people.find((l) => foldNames(l).some((n) => names.includes(n)));
      if (label && !matchedLabel.has(label)) {
        matchedLabel.set(label, p);
        people.tp++;
      } else people.fp.push(`${id}: ${p.name}${label ? " (duplicate)" : ""}`);
    }
    for (const l of gold.people) if (!matchedLabel.has(l)) people.fn.push(`${id}: ${l.name}`);

    // Titles of matched people: role and body; and roles alone.
    for (const l of gold.people) {
      titles.gold += l.titles.length;
      roles.gold += l.titles.length;
      const p = matchedLabel.get(l);
      if (!p) {
        for (const t of l.titles)
          titles.fn.push(`${id}: ${l.name}: ${t.role} | ${t.organisation ?? ""}`);
        continue;
      }
      titles.predicted += p.titles.length;
      roles.predicted += p.titles.length;
      const usedT = new Set<number>();
      const usedR = new Set<number>();
      for (const t of l.titles) {
        const k = p.titles.findIndex(
          (pt, j) =>
            !usedT.has(j) &&
            roleKey(fullRole(pt)) === roleKey(t.role) &&
            (!t.organisation ||
              titleBodies(result, pt).some((o) =>
                agree(normName(o), normName(t.organisation as string)),
              )),
        );
        if (k >= 0) {
          usedT.add(k);
          titles.tp++;
        } else titles.fn.push(`${id}: ${l.name}: ${t.role} | ${t.organisation ?? ""}`);
        const r = p.titles.findIndex(
          (pt, j) => !usedR.has(j) && roleKey(fullRole(pt)) === roleKey(t.role),
        );
        if (r >= 0) {
          usedR.add(r);
          roles.tp++;
        } else roles.fn.push(`${id}: ${l.name}: ${t.role}`);
      }
      p.titles.forEach((pt, j) => {
        if (!usedT.has(j))
          titles.fp.push(`${id}: ${p.name}: ${pt.role} | ${pt.organisationName ?? ""}`);
        if (!usedR.has(j)) roles.fp.push(`${id}: ${p.name}: ${pt.role}`);
      });
    }

    // Organisations (named bodies; groups are not scored).
    const predicted = result.organisations.filter((o) => !o.group);
    const wanted = gold.organisations.map((o) => ({ o, n: normName(o) }));
    const matched = new Set<string>();
    orgs.gold += wanted.length;
    orgs.predicted += predicted.length;
    // Two passes: exact forms first (type words kept), then loose (type words dropped, one name
    // starting or ending the other), so that `Công an tỉnh Nam Định` and `Công an TP Nam Định`
    // each find their own label.
    const formsOf = (o: (typeof predicted)[number], strict: boolean) =>
      [o.name, o.abbreviation, ...o.mentions.map((m) => m.text)]
        .filter((x): x is string => x !== undefined)
        .map((x) => normName(x, strict));
    const pending = new Set(predicted);
    for (const strict of [true, false]) {
      for (const o of predicted) {
        if (!pending.has(o)) continue;
        const forms = formsOf(o, strict);
        const hit = wanted.find(
          (w) =>
            !matched.has(w.o) &&
            forms.some((f) => (strict ? f === normName(w.o, true) : f === w.n || agree(f, w.n))),
        );
        if (hit) {
          matched.add(hit.o);
          pending.delete(o);
          orgs.tp++;
        }
      }
    }
    for (const o of pending) {
      const dup = wanted.some((w) => formsOf(o, false).some((f) => f === w.n));
      orgs.fp.push(`${id}: ${o.name}${dup ? " (duplicate)" : ""}`);
    }
    for (const w of wanted) if (!matched.has(w.o)) orgs.fn.push(`${id}: ${w.o}`);

    // Places, and their catalogue links.
    const usedP = new Set<LabelPlace>();
    places.gold += gold.places.length;
    places.predicted += result.places.length;
    for (const p of result.places) {
      const hit = gold.places.find((l) => !usedP.has(l) && placeFits(l, p));
      if (hit) {
        usedP.add(hit);
        places.tp++;
        if (hit.code) {
          linkable++;
          if (p.unit?.code === hit.code) linked++;
          else
            linkFailures.push(
              `${id}: ${hit.name} ${hit.code} -> ${p.unit ? p.unit.code : p.candidates ? `${p.candidates.length} candidates` : "unlinked"}`,
            );
        }
      } else places.fp.push(`${id}: ${p.name} (${p.type})`);
    }
    for (const l of gold.places) {
      if (!usedP.has(l)) {
        places.fn.push(`${id}: ${l.name}`);
        if (l.code) {
          linkable++;
          linkFailures.push(`${id}: ${l.name} ${l.code} -> not found`);
        }
      }
    }
  }

  if (process.env.BANTIN_EVAL_ALL) {
    // Every failure, for development: BANTIN_EVAL_ALL=1 npm run eval -- --suite entities
    const dump = { file, people, titles, roles, orgs, places, linkFailures };
    process.stderr.write(`${JSON.stringify(dump, null, 1)}\n`);
  }
  const pr = (name: string, t: Tally): Score[] => [
    ratio(`${prefix}${name} precision`, t.tp, t.predicted, t.fp),
    ratio(`${prefix}${name} recall`, t.tp, t.gold, t.fn),
  ];
  return [
    ...pr("people", people),
    ...pr("titles (role and body)", titles),
    ...pr("titles (role)", roles),
    ...pr("organisations", orgs),
    ...pr("places", places),
    ratio(`${prefix}places linked to the right GSO unit`, linked, linkable, linkFailures),
  ];
}
