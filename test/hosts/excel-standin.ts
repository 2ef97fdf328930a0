/**
 * An Excel.js stand-in for the model renderer (addin/taskpane/model-excel.ts): the worksheet surfaces
 * it uses (ranges by address and by indexes, formulas, number formats, fonts, fills, alignment,
 * column widths, data validation, conditional formats, charts and their series, notes, comments,
 * names, freeze panes), each checked the way Excel checks it before it would accept the call
 * (block sizes, A1 addresses inside the grid, colours, enumerations, name rules, one data
 * validation type per rule), and everything recorded per cell so that tests read back what a user
 * would see. The workbook's worksheet collection follows Office.js's load/sync rule (its items are
 * there only after `load('items/name')` and a `sync`), as office-addin-mock does for the pane test.
 * Plain TypeScript: it runs under jest and in the browser harness alike.
 *
 * Sources for the rules: Excel JavaScript API reference (Range.formulas, Range.numberFormat,
 * NamedItemCollection.add, DataValidation.rule, ConditionalFormatCollection.add, ChartCollection.add,
 * NoteCollection.add, WorksheetFreezePanes) and Excel's name rules ("Names in formulas", Microsoft
 * Support: begin with a letter, underscore or backslash; letters, digits, periods and underscores;
 * not a cell reference; at most 255 characters; unique regardless of case in their scope).
 */

const MAX_ROWS = 1048576;
const MAX_COLS = 16384;

export interface Area {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

const colNumber = (letters: string): number => letters.split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
export const colLetters = (c: number): string => {
  let s = '';
  for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};
const cellKey = (r: number, c: number): string => `${colLetters(c)}${r}`;

/** "B6", "$B$6", "B6:D9", "B:B" (whole columns) as 1-based corners; throws as Excel does on anything else. */
export function parseAddress(address: string): Area {
  const bare = address.replace(/^.*!/, '');
  const whole = /^\$?([A-Z]{1,3}):\$?([A-Z]{1,3})$/.exec(bare);
  if (whole) return check({ r1: 1, c1: colNumber(whole[1]), r2: MAX_ROWS, c2: colNumber(whole[2]) }, address);
  const parts = bare.split(':');
  if (parts.length > 2) throw new Error(`InvalidArgument: ${address}`);
  const cells = parts.map((p) => {
    const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(p);
    if (!m) throw new Error(`InvalidArgument: ${address} is not an A1 address`);
    return { r: Number(m[2]), c: colNumber(m[1]) };
  });
  const [a, b = a] = cells;
  return check({ r1: Math.min(a.r, b.r), c1: Math.min(a.c, b.c), r2: Math.max(a.r, b.r), c2: Math.max(a.c, b.c) }, address);
}

function check(area: Area, address: string): Area {
  if (area.r1 < 1 || area.c1 < 1 || area.r2 > MAX_ROWS || area.c2 > MAX_COLS)
    throw new Error(`InvalidArgument: ${address} is outside the grid`);
  return area;
}

const areaText = (a: Area): string =>
  a.r1 === a.r2 && a.c1 === a.c2 ? cellKey(a.r1, a.c1) : `${cellKey(a.r1, a.c1)}:${cellKey(a.r2, a.c2)}`;

const COLOUR = /^#[0-9A-Fa-f]{6}$/;
function colour(value: unknown, what: string): string {
  if (typeof value !== 'string' || !COLOUR.test(value))
    throw new Error(`InvalidArgument: ${what} ${JSON.stringify(value)} is not a #RRGGBB colour`);
  return value.toUpperCase();
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], what: string): T {
  if (!allowed.includes(value as T))
    throw new Error(`InvalidArgument: ${what} ${JSON.stringify(value)} is not one of ${allowed.join(', ')}`);
  return value as T;
}

/** Excel's rules for a defined name. */
export function checkName(name: string): void {
  const cellLike = /^[A-Za-z]{1,3}\d+$/.test(name) && colNumber(name.replace(/\d+$/, '').toUpperCase()) <= MAX_COLS;
  const r1c1Like = /^[RrCc]$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name);
  if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name) || name.length > 255 || cellLike || r1c1Like)
    throw new Error(`InvalidArgument: ${JSON.stringify(name)} is not a valid name`);
}

export interface FontRecord {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
}

export interface ValidationRecord {
  address: string;
  rule?: Excel.DataValidationRule;
  errorAlert?: Excel.DataValidationErrorAlert;
}

export interface ConditionalFormatRecord {
  address: string;
  type: 'ColorScale' | 'ContainsText';
  criteria?: Excel.ConditionalColorScaleCriteria;
  textRule?: Excel.ConditionalTextComparisonRule;
  fontColor?: string;
  fill?: string;
}

export interface SeriesRecord {
  name: string | null;
  /** The values' address, without a header. */
  values: string;
  categories: string | null;
}

export interface ChartRecord {
  type: string;
  seriesBy: string;
  source: string;
  name: string;
  title: string;
  xTitle: string;
  yTitle: string;
  legend: string;
  series: SeriesRecord[];
  position: string | null;
  width: number;
  height: number;
}

export interface SheetRecord {
  name: string;
  formulas: Map<string, string | number | boolean>;
  numberFormats: Map<string, string>;
  fonts: Map<string, FontRecord>;
  fills: Map<string, string>;
  wrap: Map<string, boolean>;
  align: Map<string, string>;
  columnWidths: Map<number, number>;
  validations: ValidationRecord[];
  conditionalFormats: ConditionalFormatRecord[];
  charts: ChartRecord[];
  notes: Map<string, string>;
  names: { name: string; address: string; comment: string }[];
  frozen: { rows: number; columns: number } | null;
  activated: boolean;
}

const DATA_VALIDATION_KEYS = ['wholeNumber', 'decimal', 'list', 'textLength', 'date', 'time', 'custom'] as const;
const OPERATORS = [
  'Between',
  'NotBetween',
  'EqualTo',
  'NotEqualTo',
  'GreaterThan',
  'LessThan',
  'GreaterThanOrEqualTo',
  'LessThanOrEqualTo',
];
const CHART_TYPES = ['Line', 'ColumnClustered', 'BarClustered', 'XYScatter', 'XYScatterLines', 'Area', 'Pie'];
const CRITERION_TYPES = ['LowestValue', 'HighestValue', 'Number', 'Percent', 'Formula', 'Percentile'];

/** A new, empty sheet that records what is done to it. */
export function recordingSheet(name: string) {
  const rec: SheetRecord = {
    name,
    formulas: new Map(),
    numberFormats: new Map(),
    fonts: new Map(),
    fills: new Map(),
    wrap: new Map(),
    align: new Map(),
    columnWidths: new Map(),
    validations: [],
    conditionalFormats: [],
    charts: [],
    notes: new Map(),
    names: [],
    frozen: null,
    activated: false,
  };

  const block = (a: Area, value: unknown, what: string): unknown[][] => {
    const rows = a.r2 - a.r1 + 1;
    const cols = a.c2 - a.c1 + 1;
    if (!Array.isArray(value) || value.length !== rows || value.some((row) => !Array.isArray(row) || row.length !== cols))
      throw new Error(`InvalidArgument: ${what} must be ${rows} × ${cols} for ${areaText(a)}`);
    return value as unknown[][];
  };

  const eachCell = (a: Area, f: (key: string, i: number, j: number) => void) => {
    for (let r = a.r1; r <= a.r2; r++) for (let c = a.c1; c <= a.c2; c++) f(cellKey(r, c), r - a.r1, c - a.c1);
  };

  const fontOf = (key: string): FontRecord => {
    let f = rec.fonts.get(key);
    if (!f) rec.fonts.set(key, (f = {}));
    return f;
  };

  const range = (a: Area) => {
    const address = areaText(a);
    const whole = a.r1 === 1 && a.r2 === MAX_ROWS;
    const font = {
      set bold(v: boolean) {
        eachCell(a, (k) => (fontOf(k).bold = v));
      },
      set italic(v: boolean) {
        eachCell(a, (k) => (fontOf(k).italic = v));
      },
      set size(v: number) {
        if (!(v >= 1 && v <= 409)) throw new Error(`InvalidArgument: font size ${v}`);
        eachCell(a, (k) => (fontOf(k).size = v));
      },
      set color(v: string) {
        const c = colour(v, 'font colour');
        eachCell(a, (k) => (fontOf(k).color = c));
      },
    };
    const format = {
      font,
      fill: {
        set color(v: string) {
          const c = colour(v, 'fill');
          eachCell(a, (k) => rec.fills.set(k, c));
        },
      },
      set wrapText(v: boolean) {
        eachCell(a, (k) => rec.wrap.set(k, v));
      },
      set horizontalAlignment(v: string) {
        const h = oneOf(
          v,
          ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'],
          'horizontalAlignment',
        );
        eachCell(a, (k) => rec.align.set(k, h));
      },
      set columnWidth(v: number) {
        if (!whole) throw new Error('columnWidth is set on whole columns here');
        if (!(v >= 0 && v <= 255 * 7.5)) throw new Error(`InvalidArgument: column width ${v}`);
        for (let c = a.c1; c <= a.c2; c++) rec.columnWidths.set(c, v);
      },
    };
    const validation: ValidationRecord = { address };
    const dataValidation = {
      set rule(rule: Excel.DataValidationRule) {
        const kinds = DATA_VALIDATION_KEYS.filter((k) => rule[k] !== undefined);
        if (kinds.length !== 1)
          throw new Error(`InvalidArgument: a data validation rule has exactly one type, got ${kinds.join(', ') || 'none'}`);
        const basic = rule.wholeNumber ?? rule.decimal;
        if (basic) {
          oneOf(basic.operator, OPERATORS, 'operator');
          if (basic.formula1 === undefined || (basic.operator.includes('Between') && basic.formula2 === undefined))
            throw new Error('InvalidArgument: the operator needs its formulas');
        }
        if (rule.list && (typeof rule.list.source !== 'string' || rule.list.source === ''))
          throw new Error('InvalidArgument: a list needs a source');
        validation.rule = rule;
        if (!rec.validations.includes(validation)) rec.validations.push(validation);
      },
      set errorAlert(alert: Excel.DataValidationErrorAlert) {
        oneOf(alert.style, ['Stop', 'Warning', 'Information'], 'errorAlert.style');
        if ((alert.title ?? '').length > 32) throw new Error('InvalidArgument: an alert title has at most 32 characters');
        if ((alert.message ?? '').length > 225) throw new Error('InvalidArgument: an alert message has at most 225 characters');
        validation.errorAlert = alert;
        if (!rec.validations.includes(validation)) rec.validations.push(validation);
      },
    };
    const conditionalFormats = {
      add(type: string) {
        const t = oneOf(type, ['ColorScale', 'ContainsText'] as const, 'conditional format type (stood in)');
        const cf: ConditionalFormatRecord = { address, type: t };
        rec.conditionalFormats.push(cf);
        if (t === 'ColorScale')
          return {
            colorScale: {
              set criteria(c: Excel.ConditionalColorScaleCriteria) {
                for (const p of [c.minimum, c.midpoint, c.maximum]) {
                  if (!p) continue;
                  oneOf(p.type, CRITERION_TYPES, 'criterion type');
                  if (p.color !== undefined) colour(p.color, 'criterion colour');
                  if (['Number', 'Percent', 'Formula', 'Percentile'].includes(p.type) && (p.formula === undefined || p.formula === null))
                    throw new Error(`InvalidArgument: a ${p.type} criterion needs its formula`);
                }
                cf.criteria = c;
              },
            },
          };
        return {
          textComparison: {
            format: {
              font: {
                set color(v: string) {
                  cf.fontColor = colour(v, 'font colour');
                },
              },
              fill: {
                set color(v: string) {
                  cf.fill = colour(v, 'fill');
                },
              },
            },
            set rule(r: Excel.ConditionalTextComparisonRule) {
              oneOf(r.operator, ['Contains', 'NotContains', 'BeginsWith', 'EndsWith'], 'text operator');
              cf.textRule = r;
            },
          },
        };
      },
    };
    return {
      address,
      area: a,
      set formulas(v: unknown[][]) {
        const b = block(a, v, 'formulas');
        eachCell(a, (k, i, j) => {
          const x = b[i][j];
          if (x === '' || x === null) rec.formulas.delete(k);
          else if (typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean') rec.formulas.set(k, x);
          else throw new Error(`InvalidArgument: ${k} gets ${String(x)}`);
        });
      },
      set numberFormat(v: unknown[][]) {
        const b = block(a, v, 'numberFormat');
        eachCell(a, (k, i, j) => {
          if (typeof b[i][j] !== 'string') throw new Error(`InvalidArgument: number format at ${k}`);
          if (b[i][j] === 'General') rec.numberFormats.delete(k);
          else rec.numberFormats.set(k, b[i][j] as string);
        });
      },
      format,
      dataValidation,
      conditionalFormats,
    };
  };

  type StandInRange = ReturnType<typeof range>;
  const addressOf = (r: StandInRange | string): string => (typeof r === 'string' ? areaText(parseAddress(r)) : r.address);

  const chartSeries = (chart: ChartRecord) => (s: SeriesRecord) => ({
    setValues(r: StandInRange) {
      s.values = r.address;
    },
    setXAxisValues(r: StandInRange) {
      s.categories = r.address;
    },
    set name(v: string) {
      s.name = v;
      void chart;
    },
  });

  const sheet = {
    name,
    getRange(address: string) {
      return range(parseAddress(address));
    },
    getRangeByIndexes(row: number, col: number, rows: number, cols: number) {
      if (!(rows >= 1 && cols >= 1)) throw new Error('InvalidArgument: empty range');
      return range(check({ r1: row + 1, c1: col + 1, r2: row + rows, c2: col + cols }, `indexes ${row},${col},${rows},${cols}`));
    },
    names: {
      add(n: string, reference: StandInRange | string, comment?: string) {
        checkName(n);
        if (rec.names.some((x) => x.name.toLowerCase() === n.toLowerCase())) throw new Error(`ItemAlreadyExists: ${n}`);
        rec.names.push({ name: n, address: addressOf(reference), comment: comment ?? '' });
      },
    },
    notes: {
      add(cell: StandInRange | string, content: string) {
        const address = addressOf(cell);
        if (address.includes(':')) throw new Error('InvalidArgument: a note goes on one cell');
        if (rec.notes.has(address)) throw new Error(`InvalidOperation: ${address} has a note`);
        rec.notes.set(address, content);
      },
    },
    charts: {
      add(type: string, source: StandInRange, seriesBy: string) {
        oneOf(type, CHART_TYPES, 'chart type');
        oneOf(seriesBy, ['Auto', 'Columns', 'Rows'], 'seriesBy');
        const a = source.area;
        if (a.c1 !== a.c2) throw new Error('stand-in: one column of source data (header + values)');
        const chart: ChartRecord = {
          type,
          seriesBy,
          source: source.address,
          name: '',
          title: '',
          xTitle: '',
          yTitle: '',
          legend: '',
          // Excel takes a text first row of a one-column source as the series name.
          series: [{ name: `header:${cellKey(a.r1, a.c1)}`, values: areaText({ ...a, r1: a.r1 + 1 }), categories: null }],
          position: null,
          width: 360,
          height: 216,
        };
        rec.charts.push(chart);
        const series = chartSeries(chart);
        return {
          set name(v: string) {
            chart.name = v;
          },
          series: {
            getItemAt(i: number) {
              if (!chart.series[i]) throw new Error(`ItemNotFound: series ${i}`);
              return series(chart.series[i]);
            },
            add(n?: string) {
              const s: SeriesRecord = { name: n ?? null, values: '', categories: null };
              chart.series.push(s);
              return series(s);
            },
          },
          title: {
            set text(v: string) {
              chart.title = v;
            },
          },
          axes: {
            categoryAxis: {
              title: {
                set text(v: string) {
                  chart.xTitle = v;
                },
              },
            },
            valueAxis: {
              title: {
                set text(v: string) {
                  chart.yTitle = v;
                },
              },
            },
          },
          legend: {
            set position(v: string) {
              chart.legend = oneOf(v, ['Top', 'Bottom', 'Left', 'Right', 'Corner', 'Custom', 'Invalid'], 'legend position');
            },
          },
          setPosition(start: StandInRange | string) {
            chart.position = addressOf(start);
          },
          set width(v: number) {
            chart.width = v;
          },
          set height(v: number) {
            chart.height = v;
          },
        };
      },
    },
    freezePanes: {
      freezeAt(r: StandInRange) {
        rec.frozen = { rows: r.area.r2, columns: r.area.c2 };
      },
      freezeRows(n: number) {
        rec.frozen = { rows: n, columns: 0 };
      },
      freezeColumns(n: number) {
        rec.frozen = { rows: 0, columns: n };
      },
    },
    activate() {
      rec.activated = true;
    },
  };
  return { sheet, rec };
}

/**
 * A request context with a workbook of the given sheet names: `worksheets.load('items/name')` then
 * `sync()` lists them; `add(name)` makes a recording sheet (names compared without case, as Excel does).
 */
export function excelContext(existing: string[]) {
  const names = [...existing];
  const sheets: SheetRecord[] = [];
  const comments: { address: string; content: string }[] = [];
  let requested = false;
  let items: { name: string }[] | undefined;
  let syncs = 0;
  const worksheets = {
    load(what: string) {
      if (what !== 'items/name') throw new Error(`worksheets.load(${JSON.stringify(what)}) is not stood in`);
      requested = true;
      return worksheets;
    },
    get items() {
      if (!items) throw new Error('PropertyNotLoaded: worksheets.items (load and sync first)');
      return items;
    },
    add(name: string) {
      if (name.length > 31 || /[\\/?*[\]:]/.test(name)) throw new Error(`InvalidArgument: sheet name ${name}`);
      if (names.some((n) => n.toLowerCase() === name.toLowerCase())) throw new Error(`ItemAlreadyExists: ${name}`);
      names.push(name);
      const made = recordingSheet(name);
      sheets.push(made.rec);
      return made.sheet;
    },
  };
  const context = {
    workbook: {
      worksheets,
      comments: {
        add(cell: { address: string }, content: string) {
          if (cell.address.includes(':')) throw new Error('InvalidArgument: a comment goes on one cell');
          comments.push({ address: cell.address, content });
        },
      },
    },
    async sync() {
      syncs++;
      if (requested) items = names.map((name) => ({ name }));
    },
  };
  return { context, sheets, comments, names, syncs: () => syncs };
}
