import type { OrganisationHead } from "../../data/organisations.js";
import { startsLine, type Token } from "../../text/tokens.js";
import type { EntityContext } from "../entities/context.js";

/** At most this many syllables in a name (`Y Thanh Hà Niê Kđăm` has five). */
const MAX_NAME = 5;

/** Whether token `i` can start a Vietnamese name with no cue before it: a family name, `Y`, `H'Hen`. */
export function isNameStart(ctx: EntityContext, i: number): boolean {
  const t = ctx.at(i);
  if (t?.kind !== "word" || !t.cap || t.upper) return false;
  if (ctx.lex.familyNames.has(t.key)) return true;
  if (ctx.lex.highlandStarts.has(t.key)) return true;
  // Ê Đê women's names: H'Hen, H'Ăn; Kơ Ho: K'Sơn.
  return /^[hk]'\p{L}/u.test(t.key);
}

/** Whether a name token: a capitalised word, not all capitals (`ĐINH` in a caps headline is not). */
function isNameToken(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "word" && t.cap && (!t.upper || t.text.length === 1);
}

/**
 * Where a name starting at `i` ends: capitalised syllables (hyphen-joined parts allowed, as in
 * `Kim Jong-un`), at most five, stopping where a role, an organisation or a place begins
 * (`Cao Văn Minh Phó Bí thư` ends before `Phó`). Returns `i` when there is no name.
 */
export function nameRunEnd(ctx: EntityContext, i: number): number {
  let j = i;
  let syllables = 0;
  while (j < ctx.tokens.length && syllables < MAX_NAME) {
    const t = ctx.tokens[j] as Token;
    if (j > i && startsLine(t)) break;
    if (isNameToken(t)) {
      if (j > i && stopsName(ctx, j)) break;
      j++;
      syllables++;
      continue;
    }
    // `Jong-un`, `Kwak Gil-sub`: a hyphen with no spaces joins two parts of one name.
    if (t.key === "-" && t.gap === "none" && j > i) {
      const n = ctx.at(j + 1);
      if (
        n &&
        n.kind === "word" &&
        n.gap === "none" &&
        !stopsName(ctx, j + 1) &&
        !ctx.lex.roles.longestAt(ctx.tokens, j + 1)
      ) {
        j += 2;
        continue;
      }
    }
    break;
  }
  return j;
}

/** A capitalised word inside a name run where the name stops: a role, a body, a place. */
function stopsName(ctx: EntityContext, j: number): boolean {
  const lex = ctx.lex;
  const role = lex.roles.longestAt(ctx.tokens, j);
  if (role) {
    // `Bí thư`, `Phó Chủ tịch`; one-word roles only when what follows fits a title.
    if (role.end - j >= 2 || !isNameToken(ctx.at(j + 1))) return true;
  }
  const head = lex.heads.longestAt(ctx.tokens, j);
  if (head) {
    const h = head.values[0] as OrganisationHead;
    if (head.end - j >= 2 || h.pattern === "committee" || h.abbreviation !== undefined) return true;
  }
  if (lex.aliases.longestAt(ctx.tokens, j)) return true;
  const type = lex.adminTypes.longestAt(ctx.tokens, j);
  if (type && type.end - j >= 2) return true;
  const world = lex.world.longestAt(ctx.tokens, j);
  if (world && world.end - j >= 2) return true;
  const hon = lex.honorifics.longestAt(ctx.tokens, j);
  if (hon && hon.end - j >= 2) return true;
  return false;
}

/** Whether a name looks Vietnamese: it starts with a family name or a Highland name start. */
export function looksVietnamese(ctx: EntityContext, start: number): boolean {
  return isNameStart(ctx, start);
}
