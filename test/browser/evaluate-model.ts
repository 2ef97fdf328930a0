/**
 * Evaluates the formula cells of an inserted model sheet with the built bundles, the way the host
 * would: references resolve to the sheet's cells, literals pass through, and each Scenario Desk call
 * goes to the real bundle. Only the formula forms the model uses are understood (one function call
 * with references, ranges, numbers and strings), which is all the model writes.
 */
export type Call = (name: string, args: unknown[]) => unknown[][];

const colIndex = (letters: string): number => letters.split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

function splitArgs(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let cur = '';
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && (ch === '(' || ch === '{')) depth++;
    if (!quoted && (ch === ')' || ch === '}')) depth--;
    if (ch === ',' && depth === 0 && !quoted) {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  out.push(cur.trim());
  return out;
}

export function evaluateModel(rows: unknown[][], prefix: string, call: Call): { formulas: number; results: Map<string, unknown[][]> } {
  const cellAt = (ref: string): unknown => {
    const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref);
    if (!m) throw new Error(`bad reference ${ref}`);
    const v = rows[Number(m[2]) - 1]?.[colIndex(m[1])];
    if (typeof v === 'string' && v.startsWith('=')) throw new Error(`${ref} refers to another formula; the model should reference inputs`);
    return v === '' || v === undefined ? null : v;
  };
  const arg = (a: string): unknown => {
    if (a === '') return null;
    if (/^".*"$/.test(a)) return a.slice(1, -1).replace(/""/g, '"');
    if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(a)) return Number(a);
    const range = /^(\$?[A-Z]+\$?\d+):(\$?[A-Z]+\$?\d+)$/.exec(a);
    if (range) {
      const [c1, r1] = [colIndex(range[1].replace(/\$|\d/g, '')), Number(range[1].replace(/\D/g, ''))];
      const [c2, r2] = [colIndex(range[2].replace(/\$|\d/g, '')), Number(range[2].replace(/\D/g, ''))];
      const block: unknown[][] = [];
      for (let r = r1; r <= r2; r++)
        block.push(Array.from({ length: c2 - c1 + 1 }, (_, j) => cellAt(`${String.fromCharCode(65 + c1 + j)}${r}`)));
      return block;
    }
    return cellAt(a);
  };
  const results = new Map<string, unknown[][]>();
  rows.forEach((row, i) =>
    row.forEach((v, j) => {
      if (typeof v !== 'string' || !v.startsWith('=')) return;
      const m = new RegExp(`^=${prefix.replace('.', '\\.')}([A-Z_]+)\\((.*)\\)$`).exec(v);
      if (!m) throw new Error(`unexpected formula ${v}`);
      const out = call(m[1], splitArgs(m[2]).map(arg));
      results.set(`${String.fromCharCode(65 + j)}${i + 1}`, out);
    }),
  );
  return { formulas: results.size, results };
}
