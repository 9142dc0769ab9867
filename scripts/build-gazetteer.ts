/**
 * `npx tsx scripts/build-gazetteer.ts [--data ../shared/data]`
 *
 * Builds `src/data/gazetteer.json`, the compact administrative-unit catalogue bantin ships, from the
 * three GSO-derived files in `<data>/gazetteer`:
 *
 * - `dvhcvn-2025-03-01.json`: the catalogue as of 2025-03-01 (63 provinces, 696 districts, 10,047
 *   communes);
 * - `historical-merges.json`: dated changes 2004-08-31..2025-03-01, walked backwards to recover the
 *   earlier versions of every unit (Quận 9 until 2021-01-01, Hà Tây until 2008-08-01...);
 * - `units-2025-07-01.json`: the two-level units of the July 2025 reform, with `formed_from`, which
 *   gives each pre-reform commune its successor(s).
 *
 * One line per unit VERSION (a code with one name, type and parent over a period):
 * `code|type|name|parent|from|to|successors`, where `type` indexes `types`, `name` is the name
 * without its type word, `parent` is the parent's code (a version of it valid at the same time),
 * dates are `YYYYMMDD` (empty: open; `to` of `R` is the reform date, 20250701), and `successors` are
 * the codes the unit went into when it ended. The library never reads ../shared at run time.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { normalize } from "../src/normalize/normalize.js";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const dataDir = resolve(arg("--data") ?? "../shared/data");
const out = resolve(arg("--out") ?? "src/data/gazetteer.json");
const read = (f: string) => JSON.parse(readFileSync(join(dataDir, "gazetteer", f), "utf8"));

/** Unit types, in the order of the `type` field; the index is what each line stores. */
const TYPES = [
  "Tỉnh",
  "Thành phố Trung ương",
  "Quận",
  "Huyện",
  "Thị xã",
  "Thành phố",
  "Phường",
  "Xã",
  "Thị trấn",
  "Đặc khu",
] as const;
const REFORM = "20250701";

interface State {
  name: string;
  type: string;
  parent: string;
}
interface Version extends State {
  code: string;
  level: "province" | "district" | "commune";
  from: string;
  to: string;
  successors: string[];
}

const typeIndex = (t: string): number => {
  const i = TYPES.indexOf(t as (typeof TYPES)[number]);
  if (i < 0) throw new Error(`unknown unit type ${t}`);
  return i;
};
// Longest first, so that "Thành phố" is stripped before a shorter word could match.
const typeWords = [...TYPES, "Thành phố"].sort((a, b) => b.length - a.length);
/** The name without its leading type word: "Quận 9" → "9", "Thành phố Hà Nội" → "Hà Nội". */
function bareName(full: string): string {
  for (const w of typeWords) {
    if (full.startsWith(`${w} `)) return full.slice(w.length + 1);
  }
  return full;
}
const ymd = (iso: string) => iso.replaceAll("-", "");

// 1. The 2025-03-01 snapshot: every unit's latest pre-reform version.
const snapshot = read("dvhcvn-2025-03-01.json") as {
  data: {
    level1_id: string;
    name: string;
    type: string;
    level2s: {
      level2_id: string;
      name: string;
      type: string;
      level3s: { level3_id: string; name: string; type: string }[];
    }[];
  }[];
};
const versions: Version[] = [];
/** For each "level:code", its versions, latest first, while we walk history backwards. */
const byCode = new Map<string, Version[]>();
const add = (v: Version) => {
  versions.push(v);
  const key = `${v.level}:${v.code}`;
  const list = byCode.get(key) ?? [];
  list.push(v);
  byCode.set(key, list);
};
for (const p of snapshot.data) {
  add({
    code: p.level1_id,
    level: "province",
    name: p.name,
    type: p.type,
    parent: "",
    from: "",
    to: "",
    successors: [],
  });
  for (const d of p.level2s) {
    add({
      code: d.level2_id,
      level: "district",
      name: d.name,
      type: d.type,
      parent: p.level1_id,
      from: "",
      to: REFORM,
      successors: [],
    });
    for (const c of d.level3s) {
      add({
        code: c.level3_id,
        level: "commune",
        name: c.name,
        type: c.type,
        parent: d.level2_id,
        from: "",
        to: REFORM,
        successors: [],
      });
    }
  }
}

// 2. History, latest event first: each change dates the version after it and adds the one before.
interface ChangeState {
  name: string;
  type: string;
  province_code?: string;
  district_code?: string;
}
interface Change {
  level: Version["level"];
  code: string;
  kind: string[];
  before: ChangeState | null;
  after: ChangeState | null;
  into?: { code: string }[];
}
const history = read("historical-merges.json") as {
  events: { date: string; changes: Change[] }[];
};
const parentOf = (level: Version["level"], s: ChangeState): string =>
  level === "commune"
    ? (s.district_code ?? "")
    : level === "district"
      ? (s.province_code ?? "")
      : "";
const events = [...history.events].sort((a, b) => (a.date < b.date ? 1 : -1));
for (const event of events) {
  const date = ymd(event.date);
  for (const c of event.changes) {
    const before = c.before && {
      name: c.before.name,
      type: c.before.type,
      parent: parentOf(c.level, c.before),
    };
    const after = c.after && {
      name: c.after.name,
      type: c.after.type,
      parent: parentOf(c.level, c.after),
    };
    const same =
      before &&
      after &&
      before.name === after.name &&
      before.type === after.type &&
      before.parent === after.parent;
    if (same) continue; // absorbed others, but itself unchanged
    const list = byCode.get(`${c.level}:${c.code}`) ?? [];
    const earliest = list[list.length - 1];
    if (after && earliest && earliest.from === "") earliest.from = date;
    if (before) {
      add({
        code: c.code,
        level: c.level,
        ...before,
        from: "",
        to: date,
        successors: after ? [c.code] : (c.into ?? []).map((x) => x.code),
      });
    }
  }
}

// 3. The July 2025 reform: two levels; old communes and merged provinces end on 2025-07-01.
const reform = read("units-2025-07-01.json") as {
  provinces: {
    code: string;
    name: string;
    type: string;
    formed_from: { code: string; name: string }[];
  }[];
  communes: {
    code: string;
    name: string;
    type: string;
    province_code: string;
    formed_from: { code: string; level?: string; district_code?: string }[];
  }[];
};
const current = (level: Version["level"], code: string): Version | undefined =>
  (byCode.get(`${level}:${code}`) ?? []).find((v) => v.to === "" || v.to === REFORM);
for (const p of reform.provinces) {
  const only = p.formed_from.length === 1 ? p.formed_from[0] : undefined;
  const old = current("province", p.code);
  if (only && only.code === p.code && old && old.name === p.name && old.type === p.type) continue;
  for (const f of p.formed_from) {
    const v = current("province", f.code);
    if (v) {
      v.to = REFORM;
      v.successors.push(p.code);
    }
  }
  add({
    code: p.code,
    level: "province",
    name: p.name,
    type: p.type,
    parent: "",
    from: REFORM,
    to: "",
    successors: [],
  });
}
for (const c of reform.communes) {
  for (const f of c.formed_from) {
    const v = current(f.district_code || f.level !== "district" ? "commune" : "district", f.code);
    if (v && !v.successors.includes(c.code)) v.successors.push(c.code);
  }
  add({
    code: c.code,
    level: "commune",
    name: c.name,
    type: c.type,
    parent: c.province_code,
    from: REFORM,
    to: "",
    successors: [],
  });
}

// 4. Write: provinces, then districts, then communes, each by code then date.
const levelRank = { province: 0, district: 1, commune: 2 } as const;
versions.sort(
  (a, b) =>
    levelRank[a.level] - levelRank[b.level] ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
    (a.from < b.from ? -1 : a.from > b.from ? 1 : 0),
);
const lines = versions.map((v) =>
  [
    v.code,
    typeIndex(v.type),
    // In the normaliser's default tone style (`Hòa Bình`, `Thủy Nguyên`), as bantin writes text:
    // the sources mix `Hoà`/`Hòa` and `Thuỷ`/`Thủy`.
    normalize(bareName(v.name)).text,
    v.parent,
    v.from,
    v.to === REFORM ? "R" : v.to,
    v.successors.join(","),
  ]
    .join("|")
    .replace(/\|+$/, ""),
);
const counts = { province: 0, district: 0, commune: 0 };
for (const v of versions) counts[v.level]++;
const data = {
  about:
    "Vietnamese administrative units (GSO codes), every version 2004-08-31..2025-07-01 and after; built by scripts/build-gazetteer.ts from daohoangson/dvhcvn (2025-03-01 snapshot), its catalogue history, and the July 2025 reform lists (thanglequoc/vietnamese-provinces-database, dvhcvn/20250701). Line: code|type|name|parent|from|to|successors; dates YYYYMMDD, R = 20250701.",
  reform: REFORM,
  types: TYPES,
  counts,
  units: lines.join("\n"),
};
writeFileSync(out, `${JSON.stringify(data)}\n`);
console.log(
  `${out}: ${versions.length} unit versions`,
  counts,
  `${(JSON.stringify(data).length / 1024).toFixed(0)} KiB`,
);
