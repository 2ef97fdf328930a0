/** How a result cell reads as text: in the task pane, the sidebar and docs/functions.md alike. */
import type { OutCell } from './engine';
import { errorLabel } from './errors';

/** A number to 10 significant digits, without trailing zeros. */
export function showNumber(x: number): string {
  return String(Number(x.toPrecision(10)));
}

/** A result cell: the number, blank, or the host's error label and message. */
export function showCell(c: OutCell): string {
  if (c === null) return '';
  if (typeof c === 'number') return showNumber(c);
  return `${errorLabel(c.kind)} ${c.message}`;
}
