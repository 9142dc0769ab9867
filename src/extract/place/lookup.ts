import type { AdminUnitRef } from "../../schema/entities.js";
import { foldKey } from "../../text/key.js";
import { type AdminLevel, type AdminUnit, gazetteer, inForceAt } from "./gazetteer.js";

/** Options of {@link lookupPlace}. */
export interface LookupPlaceOptions {
  /** Only units of these levels. */
  levels?: readonly ("province" | "district" | "commune")[];
  /** Only versions in force at this date (`2017-02-06`) or in this year (`2017`). */
  at?: string;
  /** Only units within the unit with this GSO code (a province or district). */
  within?: string;
}

// Type words a caller may leave on the name: `Quận 9`, `tỉnh Quảng Nam`, `TP Hà Nội`.
const TYPE_PREFIX =
  /^(?:tỉnh|thành phố|tp\.?|quận|q\.|huyện|h\.|thị xã|tx\.?|xã|phường|p\.|thị trấn|tt\.?|đặc khu)\s*/iu;

/**
 * Finds administrative units by name in the catalogue bantin ships (GSO codes, every version from
 * 2004 to after the July 2025 reform): `lookupPlace("Quận 9")` gives Quận 9 of Hồ Chí Minh City,
 * in force until 2021-01-01 and merged into Thành phố Thủ Đức; `lookupPlace("Minh Khai", { levels:
 * ["commune"] })` gives every commune of that name. Case, tone-mark style and a leading type word
 * are ignored; a name typed without diacritics matches too. Results are in catalogue order
 * (provinces, districts, communes; by code, then date).
 */
export function lookupPlace(name: string, options: LookupPlaceOptions = {}): AdminUnitRef[] {
  if (typeof name !== "string") return [];
  const gaz = gazetteer();
  const typeWord = TYPE_PREFIX.exec(name.trim())?.[0]?.trim().toLowerCase().replace(/\.$/u, "");
  const bare = name.trim().replace(TYPE_PREFIX, "");
  let units: readonly AdminUnit[] = gaz.byBareName(bare);
  if (units.length === 0) units = gaz.byFoldedName(foldKey(bare));
  const levels = options.levels ?? levelsOfTypeWord(typeWord);
  const types = typesOfTypeWord(typeWord);
  const out = units.filter(
    (u) =>
      (!levels || levels.includes(u.level)) &&
      (!types || types.includes(u.type)) &&
      (!options.at || inForceAt(u, options.at)) &&
      (!options.within || gaz.isWithin(u, options.within)),
  );
  return out.map((u) => gaz.toRef(u));
}

/** The official types a type word allows: `thành phố` is a city of either level, `quận` a Quận. */
function typesOfTypeWord(word: string | undefined): string[] | undefined {
  switch (word) {
    case "tỉnh":
      return ["Tỉnh"];
    case "thành phố":
    case "tp":
      return ["Thành phố Trung ương", "Thành phố"];
    case "quận":
    case "q":
      return ["Quận"];
    case "huyện":
    case "h":
      return ["Huyện"];
    case "thị xã":
    case "tx":
      return ["Thị xã"];
    case "xã":
      return ["Xã"];
    case "phường":
    case "p":
      return ["Phường"];
    case "thị trấn":
    case "tt":
      return ["Thị trấn"];
    case "đặc khu":
      return ["Đặc khu"];
    default:
      return undefined;
  }
}

function levelsOfTypeWord(word: string | undefined): AdminLevel[] | undefined {
  switch (word) {
    case "tỉnh":
      return ["province"];
    case "thành phố":
    case "tp":
      return ["province", "district"];
    case "quận":
    case "q":
    case "huyện":
    case "h":
    case "thị xã":
    case "tx":
      return ["district"];
    case "xã":
    case "phường":
    case "p":
    case "thị trấn":
    case "tt":
    case "đặc khu":
      return ["commune"];
    default:
      return undefined;
  }
}
