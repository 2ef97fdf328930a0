/** How a result cell reads as text: in the task pane, the sidebar and docs/functions.md alike. */
import type { ParamSpec, ResultShape, ResultUnit } from './catalog/types';
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

/** The locale whose digit grouping the panes use for each language. */
const LOCALE: Record<Lang, string> = { en: 'en-US', ko: 'ko-KR' };

/**
 * A result number as a person reads it, by its catalog unit: probabilities and other decimals as a
 * percent (0.1210039 → 12.1%, with significant digits kept when it would round to 0%), money and
 * prices with 2 decimals and digit grouping (26,640.00), shares whole (1,332), R-multiples with
 * 2 decimals ("0.05 R"), plain numbers to 4 significant digits. Minus signs are U+2212.
 */
export function formatNumber(x: number, unit: ResultUnit, lang: Lang = 'en'): string {
  const locale = LOCALE[lang];
  const nf = (o: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, o).format(x).replace(/^-/, '−');
  switch (unit) {
    case 'probability':
    case 'percent': {
      const pct = Math.abs(x * 100);
      if (x !== 0 && pct < 0.005) return nf({ style: 'percent', maximumSignificantDigits: 3 });
      return nf({ style: 'percent', maximumFractionDigits: pct < 10 ? 2 : 1 });
    }
    case 'money':
      return nf({ minimumFractionDigits: 2, maximumFractionDigits: 2 });
    case 'shares':
      return nf({ maximumFractionDigits: 0 });
    case 'multiple':
      return `${nf({ minimumFractionDigits: 2, maximumFractionDigits: 2 })} R`;
    case 'number':
      return Math.abs(x) >= 1e-3 && Math.abs(x) < 1e9 ? nf({ maximumSignificantDigits: 4 }) : showNumber(x).replace(/^-/, '−');
  }
}

/** The unit of each column of a result (a scalar has one column). */
export function resultUnits(shape: ResultShape, cols: number): ResultUnit[] {
  if (shape.kind === 'scalar') return Array.from({ length: cols }, () => shape.unit);
  return Array.from({ length: cols }, (_, j) => shape.units[Math.min(j, shape.units.length - 1)]);
}

/**
 * How an input value reads as text (the what-if table's row and column headers): decimals whose
 * unit says so (rates, volatilities, growth, probabilities: "0.3 = 30%") as a percent, currency
 * amounts as money, anything else (days, counts, multiples) as a plain number.
 */
export function inputUnit(p: ParamSpec): ResultUnit {
  const unit = p.unit.en;
  if (/decimal|probability/i.test(unit)) return 'percent';
  if (/currency/i.test(unit)) return 'money';
  return 'number';
}
