import { type DocumentTypeName, ISSUER_CODES, TERM_ISSUERS, TYPE_CODES } from "./lexicon.js";

/** What a document number says about its document. */
export interface DocumentNumberParts {
  /** The serial number as written (`05`, `1234`). */
  serial: string;
  /** The year written in the number (`28/2017/QĐ-UBND`). */
  year?: number;
  /** The type code (`CT`, `QĐ`) and the type it stands for. */
  typeCode?: string;
  type?: DocumentTypeName;
  /** The issuing body's code (`TW`, `UBND`) and its name when the code is known. */
  issuerCode?: string;
  issuerName?: string;
  /** The issuer's term, for `QH13`, `UBTVQH14`. */
  term?: number;
  /** Other codes: the issuing unit's department (`1866/UBND-KTN`: KTN) or co-issuers of a joint text. */
  unitCodes: string[];
}

/**
 * A document number: a serial, an optional year, and codes separated by `-`, `/` or `.`, with the
 * spaces careless typing puts around them (`07 - NQ/HU`, `167/2013/ NĐ-CP`); a `.` separates codes only
 * when no space follows it (`763/UBND.TNMT`, not the full stop of `Nghị định 155/2016. Với`). Every
 * repetition of the code group starts with a separator, so the pattern cannot backtrack into itself.
 */
export const DOCUMENT_NUMBER =
  /(\p{N}{1,6}(?:[a-zđ](?![\p{L}\p{N}]))?)(?:[ \u00a0]?\/[ \u00a0]?((?:19|20)\p{N}{2})(?![\p{N}]))?((?:(?:[ \u00a0]?[-/][ \u00a0]?|\.)[\p{Lu}][\p{L}\p{M}&\p{N}]*)*)/uy;

const CODE_SPLIT = /[ \u00a0]*[-/.][ \u00a0]*/u;
const TERM_SUFFIX = /^(\p{L}+?)(\p{N}{1,2})$/u;

function lookupType(code: string): DocumentTypeName | undefined {
  return TYPE_CODES[code] ?? TYPE_CODES[code.toUpperCase()];
}

function lookupIssuer(code: string): string | undefined {
  return ISSUER_CODES[code] ?? ISSUER_CODES[code.toUpperCase()];
}

/**
 * Splits a run-together code such as `NĐCP` into a known type and issuer (`NĐ` + `CP`), as happens
 * when the dash is dropped.
 */
function splitJoined(code: string): [string, string] | undefined {
  for (let i = code.length - 1; i > 0; i--) {
    const head = code.slice(0, i);
    const tail = code.slice(i);
    if (lookupType(head) && lookupIssuer(tail)) return [head, tail];
  }
  return undefined;
}

/**
 * Reads the codes of a document number. Party numbers put the type first and the issuer after the
 * slash (`05-CT/TW`), government numbers the type and issuer after the slash (`1234/QĐ-UBND`),
 * official letters only the issuer and its department (`1866/UBND-KTN`).
 */
export function parseDocumentNumber(
  serial: string,
  year: string | undefined,
  codes: string,
): DocumentNumberParts {
  const parts: DocumentNumberParts = { serial, unitCodes: [] };
  if (year) parts.year = Number(year);
  const chunks = codes.split(CODE_SPLIT).filter((c) => c.length > 0);
  for (const chunk of chunks) {
    const asType = parts.type === undefined ? lookupType(chunk) : undefined;
    if (asType) {
      parts.typeCode = chunk;
      parts.type = asType;
      continue;
    }
    if (parts.issuerCode === undefined) {
      const issuer = lookupIssuer(chunk);
      if (issuer) {
        parts.issuerCode = chunk;
        parts.issuerName = issuer;
        continue;
      }
      const term = TERM_SUFFIX.exec(chunk);
      if (term?.[1] && TERM_ISSUERS.has(term[1].toUpperCase())) {
        parts.issuerCode = chunk;
        parts.issuerName = lookupIssuer(term[1]) as string;
        parts.term = Number(term[2]);
        continue;
      }
      if (parts.type === undefined) {
        const joined = splitJoined(chunk);
        if (joined) {
          parts.typeCode = joined[0];
          parts.type = lookupType(joined[0]) as DocumentTypeName;
          parts.issuerCode = joined[1];
          parts.issuerName = lookupIssuer(joined[1]) as string;
          continue;
        }
      }
    }
    parts.unitCodes.push(chunk);
  }
  // A lone unknown code after the type is the issuer, even when bantin does not know its name.
  if (parts.issuerCode === undefined && parts.unitCodes.length > 0 && parts.type !== undefined) {
    parts.issuerCode = parts.unitCodes.shift() as string;
  }
  return parts;
}

/** The number in its canonical written form: spaces around separators removed. */
export function canonicalNumber(written: string): string {
  return written.replace(/[ \u00a0]*([-/.])[ \u00a0]*/gu, "$1");
}
