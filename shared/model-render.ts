/**
 * What both model renderers (addin/taskpane/model-excel.ts, appsscript/model-sheets.ts) need from a
 * ModelLayout beyond its cells, computed the same way for both so that the two sheets look alike:
 * every cell's final style and number format (the layout's entries applied in order, a later one
 * over an earlier one, as a host applies them), grouped into as few rectangles as possible so that
 * each host sets each look once per group instead of once per cell.
 */
import { a1, area, parseA1, parseArea, type CellStyle, type ModelLayout } from './model';

export type StyleKey = keyof CellStyle;
export const STYLE_KEYS: readonly StyleKey[] = ['bold', 'italic', 'fontSize', 'fontColor', 'fill', 'wrap', 'align'];

/** Every cell of an A1 area ("B6:D9" or "B6"), row by row. */
export function cellsOf(range: string): string[] {
  const { r1, c1, r2, c2 } = parseArea(range);
  const out: string[] = [];
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) out.push(a1(r, c));
  return out;
}

/** Each styled cell's final style: the layout's styles in order, each property of a later one over the earlier ones. */
export function resolvedStyles(layout: ModelLayout): Map<string, CellStyle> {
  const out = new Map<string, CellStyle>();
  for (const { range, style } of layout.styles) for (const ref of cellsOf(range)) out.set(ref, { ...out.get(ref), ...style });
  return out;
}

/** Each formatted cell's final number format (the last one given for it). */
export function resolvedFormats(layout: ModelLayout): Map<string, string> {
  const out = new Map<string, string>();
  for (const { range, format } of layout.numberFormats) for (const ref of cellsOf(range)) out.set(ref, format);
  return out;
}

/**
 * Cells as rectangles: runs of neighbouring cells in a row, then runs of rows with the same columns
 * merged. Every cell is in exactly one rectangle; the rectangles are in reading order.
 */
export function rectangles(cells: Iterable<string>): string[] {
  const byRow = new Map<number, number[]>();
  for (const ref of cells) {
    const { row, col } = parseA1(ref);
    byRow.set(row, [...(byRow.get(row) ?? []), col]);
  }
  const runs: { r1: number; r2: number; c1: number; c2: number }[] = [];
  const open = new Map<string, { r1: number; r2: number; c1: number; c2: number }>();
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const cols = [...new Set(byRow.get(row))].sort((a, b) => a - b);
    for (let i = 0; i < cols.length;) {
      let j = i;
      while (j + 1 < cols.length && cols[j + 1] === cols[j] + 1) j++;
      const key = `${cols[i]}:${cols[j]}`;
      const prev = open.get(key);
      if (prev && prev.r2 === row - 1) prev.r2 = row;
      else {
        const run = { r1: row, r2: row, c1: cols[i], c2: cols[j] };
        runs.push(run);
        open.set(key, run);
      }
      i = j + 1;
    }
  }
  return runs.sort((a, b) => a.r1 - b.r1 || a.c1 - b.c1).map((r) => area(r.r1, r.c1, r.r2, r.c2));
}

/** Cells grouped by a value (in first-seen order of the values), each group as rectangles. */
export function groupByValue<T extends string | number | boolean>(cells: ReadonlyMap<string, T>): { value: T; ranges: string[] }[] {
  const groups = new Map<T, string[]>();
  for (const [ref, v] of cells) groups.set(v, [...(groups.get(v) ?? []), ref]);
  return [...groups].map(([value, refs]) => ({ value, ranges: rectangles(refs) }));
}

export interface StyleGroup {
  key: StyleKey;
  value: string | number | boolean;
  ranges: string[];
}

/** The final styles as one group per property and value: what a host sets, each on its rectangles. */
export function styleGroups(layout: ModelLayout): StyleGroup[] {
  const styles = resolvedStyles(layout);
  const out: StyleGroup[] = [];
  for (const key of STYLE_KEYS) {
    const cells = new Map<string, string | number | boolean>();
    for (const [ref, s] of styles) if (s[key] !== undefined) cells.set(ref, s[key] as string | number | boolean);
    for (const g of groupByValue(cells)) out.push({ key, ...g });
  }
  return out;
}

/** The final number formats, one group per format. */
export function formatGroups(layout: ModelLayout): { format: string; ranges: string[] }[] {
  return groupByValue(resolvedFormats(layout)).map((g) => ({ format: g.value, ranges: g.ranges }));
}

/** A rows × cols block from A1 with `fill` where the map has nothing (for a host's one-call setters). */
export function blockOf<T>(layout: ModelLayout, cells: ReadonlyMap<string, T>, fill: T): T[][] {
  const grid = Array.from({ length: layout.rows }, () => new Array<T>(layout.cols).fill(fill));
  for (const [ref, v] of cells) {
    const { row, col } = parseA1(ref);
    if (row <= layout.rows && col <= layout.cols) grid[row - 1][col - 1] = v;
  }
  return grid;
}

/** The notes by cell (the layout has at most one per cell; a second one is joined to the first). */
export function notesByCell(layout: ModelLayout): Map<string, string> {
  const out = new Map<string, string>();
  for (const { cell, text } of layout.notes) out.set(cell, out.has(cell) ? `${out.get(cell)}\n${text}` : text);
  return out;
}
