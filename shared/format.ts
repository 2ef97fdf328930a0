/** How a result cell reads as text: in the task pane, the sidebar and docs/functions.md alike. */
import type { OutCell } from './engine';
import { errorText, type Lang } from './messages';

/** A number to 10 significant digits, without trailing zeros. */
export function showNumber(x: number): string {
  return String(Number(x.toPrecision(10)));
}

/** A result cell: the number, blank, or the host's error label and message in `lang`. */
export function showCell(c: OutCell, lang: Lang = 'en'): string {
  if (c === null) return '';
  if (typeof c === 'number') return showNumber(c);
  return errorText(c, lang);
}
