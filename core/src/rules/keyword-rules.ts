/**
 * Keyword rules of opinion monitoring (A13.2): which unit a monitored item concerns, and which
 * items are the same one seen twice. Pure.
 *
 * The rule language, as the news office writes it:
 *   防汛 AND 武隆              both words
 *   塌方 OR 滑坡               either word
 *   防汛 武隆                  adjacent terms: AND
 *   (暴雨 OR 洪水) AND 武隆 NOT 演练
 *   "G65 包茂高速"             a phrase with a space, in double quotes
 * NOT binds tightest, then AND, then OR. Terms match anywhere in the text, ignoring case and
 * full-/half-width differences (NFKC). A rule's exclusions are words of their own: one of them
 * present and the rule does not match, whatever the expression says.
 */

export type KeywordExpr =
  | { kind: 'term'; text: string }
  | { kind: 'not'; expr: KeywordExpr }
  | { kind: 'and' | 'or'; exprs: KeywordExpr[] };

export class KeywordRuleError extends Error {
  constructor(
    message: string,
    /** Character offset in the expression where the problem is. */
    readonly at: number,
  ) {
    super(message);
    this.name = 'KeywordRuleError';
  }
}

type Token = { kind: 'term'; text: string; at: number } | { kind: 'and' | 'or' | 'not' | '(' | ')'; at: number };

/** Text as it is compared: NFKC (全角 → 半角) and lower case. */
export function foldText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

function tokenize(expression: string): Token[] {
  const tokens: Token[] = [];
  const source = expression.normalize('NFKC');
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '(' || c === ')') {
      tokens.push({ kind: c, at: i });
      i++;
    } else if (c === '"') {
      const end = source.indexOf('"', i + 1);
      if (end < 0) throw new KeywordRuleError('引号没有配对', i);
      const text = source.slice(i + 1, end).trim();
      if (!text) throw new KeywordRuleError('引号内没有关键词', i);
      tokens.push({ kind: 'term', text, at: i });
      i = end + 1;
    } else {
      let j = i;
      while (j < source.length && !/[\s()"]/.test(source[j]!)) j++;
      const word = source.slice(i, j);
      if (word === 'AND' || word === 'OR' || word === 'NOT') tokens.push({ kind: word.toLowerCase() as 'and' | 'or' | 'not', at: i });
      else tokens.push({ kind: 'term', text: word, at: i });
      i = j;
    }
  }
  return tokens;
}

/** Parses an expression; a mistake throws `KeywordRuleError` with a Chinese message and where it is. */
export function parseKeywordRule(expression: string): KeywordExpr {
  const tokens = tokenize(expression);
  if (tokens.length === 0) throw new KeywordRuleError('规则不能为空', 0);
  let pos = 0;
  const peek = () => tokens[pos];
  const end = () => (tokens.length ? tokens[tokens.length - 1]!.at + 1 : 0);

  function orExpr(): KeywordExpr {
    const exprs = [andExpr()];
    while (peek()?.kind === 'or') {
      pos++;
      exprs.push(andExpr());
    }
    return exprs.length === 1 ? exprs[0]! : { kind: 'or', exprs };
  }
  function andExpr(): KeywordExpr {
    const exprs = [notExpr()];
    for (;;) {
      const t = peek();
      if (t?.kind === 'and') {
        pos++;
        exprs.push(notExpr());
      } else if (t && (t.kind === 'term' || t.kind === 'not' || t.kind === '(')) {
        exprs.push(notExpr());
      } else break;
    }
    return exprs.length === 1 ? exprs[0]! : { kind: 'and', exprs };
  }
  function notExpr(): KeywordExpr {
    const t = peek();
    if (t?.kind === 'not') {
      pos++;
      return { kind: 'not', expr: notExpr() };
    }
    return primary();
  }
  function primary(): KeywordExpr {
    const t = peek();
    if (!t) throw new KeywordRuleError('规则不完整：运算符后缺少关键词', end());
    if (t.kind === 'term') {
      pos++;
      return { kind: 'term', text: t.text };
    }
    if (t.kind === '(') {
      pos++;
      const inner = orExpr();
      if (peek()?.kind !== ')') throw new KeywordRuleError('括号没有配对', t.at);
      pos++;
      return inner;
    }
    throw new KeywordRuleError(t.kind === ')' ? '多余的右括号' : `“${t.kind.toUpperCase()}”前缺少关键词`, t.at);
  }

  const expr = orExpr();
  const rest = peek();
  if (rest) throw new KeywordRuleError(rest.kind === ')' ? '多余的右括号' : '规则无法识别', rest.at);
  if (!positiveTerms(expr).length) throw new KeywordRuleError('规则至少要有一个需要出现的关键词', 0);
  return expr;
}

/** Terms that must (or may) appear, as written: what an item is said to have matched. */
function positiveTerms(expr: KeywordExpr, negated = false): string[] {
  switch (expr.kind) {
    case 'term':
      return negated ? [] : [expr.text];
    case 'not':
      return positiveTerms(expr.expr, !negated);
    default:
      return expr.exprs.flatMap((e) => positiveTerms(e, negated));
  }
}

function holds(expr: KeywordExpr, folded: string): boolean {
  switch (expr.kind) {
    case 'term':
      return folded.includes(foldText(expr.text));
    case 'not':
      return !holds(expr.expr, folded);
    case 'and':
      return expr.exprs.every((e) => holds(e, folded));
    case 'or':
      return expr.exprs.some((e) => holds(e, folded));
  }
}

export interface KeywordRule {
  expression: string;
  /** Words that keep the rule from matching (演练, 广告 …). */
  exclusions: readonly string[];
}

export interface KeywordMatch {
  matched: boolean;
  /** The rule's wanted terms found in the text, in the rule's order, once each. */
  keywords: string[];
}

/** Does the text (title and excerpt, say) match the rule? A rule that does not parse matches nothing. */
export function matchKeywordRule(rule: KeywordRule, text: string): KeywordMatch {
  let expr: KeywordExpr;
  try {
    expr = parseKeywordRule(rule.expression);
  } catch {
    return { matched: false, keywords: [] };
  }
  const folded = foldText(text);
  if (rule.exclusions.some((w) => w.trim() && folded.includes(foldText(w.trim())))) return { matched: false, keywords: [] };
  if (!holds(expr, folded)) return { matched: false, keywords: [] };
  return { matched: true, keywords: [...new Set(positiveTerms(expr).filter((t) => folded.includes(foldText(t))))] };
}

// ---------------------------------------------------------------- the same item seen twice

/** A title as compared for duplicates: folded, without spaces, punctuation or symbols. */
export function titleKey(title: string): string {
  return foldText(title).replace(/[\s\p{P}\p{S}]+/gu, '');
}

function bigrams(key: string): Map<string, number> {
  const grams = new Map<string, number>();
  const chars = [...key];
  if (chars.length === 1) grams.set(key, 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i]! + chars[i + 1]!;
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

/** Dice coefficient of the two titles' character bigrams: 1 for the same key, 0 for nothing shared. */
export function titleSimilarity(a: string, b: string): number {
  const ka = titleKey(a);
  const kb = titleKey(b);
  if (!ka || !kb) return 0;
  if (ka === kb) return 1;
  const ga = bigrams(ka);
  const gb = bigrams(kb);
  let shared = 0;
  let total = 0;
  for (const n of ga.values()) total += n;
  for (const n of gb.values()) total += n;
  for (const [g, n] of ga) shared += Math.min(n, gb.get(g) ?? 0);
  return (2 * shared) / total;
}

/**
 * Reading of "near-identical title": the same title reposted with a different source tag,
 * spacing or punctuation, or one or two characters changed — a bigram Dice coefficient of at
 * least 0.85. Two different events on one road share less than that.
 */
export const NEAR_IDENTICAL_TITLE = 0.85;

export function nearIdenticalTitles(a: string, b: string): boolean {
  return titleSimilarity(a, b) >= NEAR_IDENTICAL_TITLE;
}

/** A link as compared for duplicates: scheme and host in lower case, no fragment, no tracking parameters, no trailing slash. */
export function linkKey(link: string): string {
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    return link.trim();
  }
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) if (/^(utm_|spm$|from$|share)/i.test(key)) url.searchParams.delete(key);
  url.searchParams.sort();
  if (url.pathname.length > 1) url.pathname = url.pathname.replace(/\/+$/, '');
  return url.toString().replace(/\/$/, '');
}
