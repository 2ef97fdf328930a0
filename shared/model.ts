/**
 * The column's trade-plan workbook as data: every cell's value or formula, number formats, styles,
 * named ranges, data validation, conditional formats, charts, notes, column widths and frozen panes,
 * for either host and language. The hosts render it with their own APIs (Excel.js in
 * addin/taskpane/model-excel.ts, SpreadsheetApp in appsscript/model-sheets.ts) and compute nothing:
 * every number on the sheet is an input or a live formula (Scenario Desk functions and the host's
 * own INDEX/MATCH/IF/SUM/MAX), so the sheet recalculates as inputs change.
 *
 * Sources: the column (../shared/seed/column-digest.md, from the Korean original): the segments'
 * probabilities (65%, 60%, 55–60%), the profiles' names, 20%+ cash for conservatives and a 2–3% loss
 * cap per position for aggressive investors, call spreads and puts, the leverage warning. Every other
 * number is marked as an assumption in its note.
 */
import { findFunction } from './catalog';
import type { Lang } from './catalog/describe';
import { excelPrefix } from './formula';
import { livePriceFormula, MODEL_SHEET_NAME, PROFILES, SEGMENTS, type HostKind } from './playbook';

export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontSize?: number;
  /** "#RRGGBB" */
  readonly fontColor?: string;
  /** "#RRGGBB" */
  readonly fill?: string;
  readonly wrap?: boolean;
  readonly align?: 'left' | 'center' | 'right';
}

/** What a formula's cells hold once computed: the engine test checks every formula against it. */
export type ResultKind = 'number' | 'text' | 'number-or-blank' | 'text-or-blank';

export interface ModelCell {
  /** A number, a text, or a formula ("=…") exactly as the host takes it. */
  readonly value: number | string;
  /** A formula whose result spills: the size of the area it fills, its own cell included. */
  readonly spill?: { readonly rows: number; readonly cols: number };
  /** For a formula: what its cells hold (default "number"). */
  readonly result?: ResultKind;
}

export type ValidationRule =
  | { readonly kind: 'list'; readonly source: string }
  | { readonly kind: 'list'; readonly values: readonly string[] }
  | { readonly kind: 'decimal' | 'whole'; readonly min: number; readonly max: number }
  | { readonly kind: 'decimal'; readonly greaterThan: number };

export interface Validation {
  readonly range: string;
  readonly rule: ValidationRule;
  /** Shown when a value breaks the rule (and as the help text in Sheets). */
  readonly message: string;
}

export interface ColorScale {
  readonly range: string;
  readonly kind: 'colorScale';
  /** Colours of the lowest value, the 50th percentile and the highest value. */
  readonly min: string;
  readonly mid: string;
  readonly max: string;
}

export interface TextRule {
  readonly range: string;
  readonly kind: 'textContains';
  readonly text: string;
  readonly fontColor: string;
  readonly fill: string;
}

export type ConditionalFormat = ColorScale | TextRule;

export interface ChartSeries {
  /** The header cell naming the series. */
  readonly header: string;
  /** The series' values, without the header. */
  readonly values: string;
  /** Header and values together (Sheets takes the name from the first row). */
  readonly withHeader: string;
}

export interface ChartSpec {
  readonly id: string;
  readonly type: 'line' | 'column';
  readonly title: string;
  readonly xTitle: string;
  readonly yTitle: string;
  /** The x axis: categories (days, prices, tickers), with and without their header. */
  readonly categories: ChartSeries;
  readonly series: readonly ChartSeries[];
  /** Top-left cell of the chart, and its size in pixels. */
  readonly anchor: string;
  readonly width: number;
  readonly height: number;
}

export interface ModelLayout {
  readonly host: HostKind;
  readonly lang: Lang;
  /** The sheet's name before the host makes it unique ("… (2)"). */
  readonly sheetName: string;
  readonly rows: number;
  readonly cols: number;
  /** Every non-empty cell, by A1 address. */
  readonly cells: Readonly<Record<string, ModelCell>>;
  readonly numberFormats: readonly { readonly range: string; readonly format: string }[];
  readonly styles: readonly { readonly range: string; readonly style: CellStyle }[];
  /** Named ranges; Excel scopes them to the sheet, Sheets to the spreadsheet (hence `nameSuffix`). */
  readonly names: readonly { readonly name: string; readonly range: string; readonly comment: string }[];
  readonly validations: readonly Validation[];
  readonly conditionalFormats: readonly ConditionalFormat[];
  readonly charts: readonly ChartSpec[];
  readonly notes: readonly { readonly cell: string; readonly text: string }[];
  /** Width of each column from A, in pixels. */
  readonly columnWidths: readonly number[];
  readonly frozen: { readonly rows: number; readonly columns: number };
}

export interface ModelOptions {
  /** Appended to every name (e.g. "_2"): Sheets' named ranges are spreadsheet-wide, so a second model needs its own. */
  readonly nameSuffix?: string;
}

// ---- A1 helpers -------------------------------------------------------------------------------

export function colName(c: number): string {
  let s = '';
  for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** "B6" for row 6, column 2 (both 1-based); absolute ("$B$6") when asked. */
export function a1(row: number, col: number, absolute = false): string {
  return absolute ? `$${colName(col)}$${row}` : `${colName(col)}${row}`;
}

export function area(r1: number, c1: number, r2: number, c2: number, absolute = false): string {
  return r1 === r2 && c1 === c2 ? a1(r1, c1, absolute) : `${a1(r1, c1, absolute)}:${a1(r2, c2, absolute)}`;
}

/** Parses "B6" or "$B$6" into a 1-based row and column. */
export function parseA1(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref);
  if (!m) throw new Error(`not an A1 cell: ${ref}`);
  const col = m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { row: Number(m[2]), col };
}

/** Parses "B6:D9" (or one cell) into its corners. */
export function parseArea(ref: string): { r1: number; c1: number; r2: number; c2: number } {
  const [from, to = from] = ref.split(':');
  const a = parseA1(from);
  const b = parseA1(to);
  return { r1: a.row, c1: a.col, r2: b.row, c2: b.col };
}

// ---- The column's numbers and the model's assumptions ----------------------------------------

/**
 * Scenario inputs per segment, in SEGMENTS order. P(bull) is the column's (S&P 500: the middle of its
 * 55–60%; cloud: none given, "mixed", so 50% is an assumption); P(base) and the returns over the
 * horizon are assumptions.
 */
const SCENARIOS = [
  { bull: 0.65, base: 0.25, outcomes: [0.1, 0, -0.12] },
  { bull: 0.6, base: 0.25, outcomes: [0.15, 0, -0.2] },
  { bull: 0.5, base: 0.35, outcomes: [0.05, 0, -0.06] },
  { bull: 0.575, base: 0.3, outcomes: [0.03, 0, -0.04] },
] as const;

type Group = 'chips' | 'dc' | 'cloud' | 'defensive';

/**
 * The trade list: the column's names for each profile (conservative MSFT, AMZN and defensive ETFs;
 * neutral NVDA, AVGO, CRWV, SMCI; aggressive NVDA, CRWV momentum and AI-theme ETFs). The column names
 * no ETF: XLP (consumer staples) and AIQ (AI and technology) stand in as examples. Prices and
 * volatilities are illustrative samples to replace.
 */
const TICKERS: readonly {
  ticker: string;
  segment: number;
  spot: number;
  vol: number;
  group: Group;
  books: [number, number, number];
  example?: boolean;
}[] = [
  { ticker: 'NVDA', segment: 0, spot: 180, vol: 0.45, group: 'chips', books: [0, 1, 1] },
  { ticker: 'AVGO', segment: 0, spot: 340, vol: 0.4, group: 'chips', books: [0, 1, 0] },
  { ticker: 'AIQ', segment: 0, spot: 45, vol: 0.25, group: 'chips', books: [0, 0, 1], example: true },
  { ticker: 'CRWV', segment: 1, spot: 95, vol: 0.8, group: 'dc', books: [0, 1, 1] },
  { ticker: 'SMCI', segment: 1, spot: 45, vol: 0.65, group: 'dc', books: [0, 1, 0] },
  { ticker: 'MSFT', segment: 2, spot: 510, vol: 0.22, group: 'cloud', books: [1, 0, 0] },
  { ticker: 'AMZN', segment: 2, spot: 225, vol: 0.3, group: 'cloud', books: [1, 0, 0] },
  { ticker: 'XLP', segment: 3, spot: 80, vol: 0.13, group: 'defensive', books: [1, 0, 0], example: true },
];

/** Correlations between groups (assumptions): names in one theme move together, defensives less. */
const GROUP_CORRELATION: Record<Group, Record<Group, number>> = {
  chips: { chips: 0.75, dc: 0.6, cloud: 0.5, defensive: 0.15 },
  dc: { chips: 0.6, dc: 0.55, cloud: 0.4, defensive: 0.1 },
  cloud: { chips: 0.5, dc: 0.4, cloud: 0.65, defensive: 0.25 },
  defensive: { chips: 0.15, dc: 0.1, cloud: 0.25, defensive: 1 },
};

// ---- Look -------------------------------------------------------------------------------------

const NAVY = '#1F3864';
export const STYLES = {
  title: { bold: true, fontSize: 15, fontColor: NAVY },
  subtitle: { italic: true, fontColor: '#404040' },
  section: { bold: true, fontSize: 12, fontColor: '#FFFFFF', fill: NAVY },
  header: { bold: true, fill: '#D9E1F2', fontColor: '#1F1F1F', wrap: true, align: 'center' },
  label: { fontColor: '#1F1F1F' },
  input: { fontColor: '#0000FF', fill: '#FFF2CC' },
  total: { bold: true, fill: '#F2F2F2' },
  remark: { italic: true, fontColor: '#595959' },
  warning: { bold: true, italic: true, fontColor: '#C00000' },
} as const satisfies Record<string, CellStyle>;

const FMT = {
  money: '#,##0',
  price: '#,##0.00',
  pct: '0.0%',
  pct2: '0.00%',
  shares: '#,##0',
  days: '0',
  ratio: '0.00',
  mult: '0.0"×"',
} as const;

const COLORS = { low: '#F8696B', mid: '#FFFFFF', high: '#63BE7B', risk: '#F4B183', breach: '#FFC7CE', breachText: '#9C0006' };

// ---- The builder --------------------------------------------------------------------------------

class Sheet {
  readonly cells: Record<string, ModelCell> = {};
  readonly numberFormats: { range: string; format: string }[] = [];
  readonly styles: { range: string; style: CellStyle }[] = [];
  readonly names: { name: string; range: string; comment: string }[] = [];
  readonly validations: Validation[] = [];
  readonly conditionalFormats: ConditionalFormat[] = [];
  readonly charts: ChartSpec[] = [];
  readonly notes: { cell: string; text: string }[] = [];
  rows = 0;
  cols = 0;

  constructor(readonly suffix: string) {}

  put(
    row: number,
    col: number,
    value: number | string,
    opts: { spill?: { rows: number; cols: number }; result?: ResultKind } = {},
  ): string {
    const ref = a1(row, col);
    if (this.cells[ref] !== undefined) throw new Error(`model layout: ${ref} written twice`);
    this.cells[ref] = { value, ...opts };
    const spill = opts.spill ?? { rows: 1, cols: 1 };
    this.rows = Math.max(this.rows, row + spill.rows - 1);
    this.cols = Math.max(this.cols, col + spill.cols - 1);
    return ref;
  }

  /** A defined name (with the suffix) for a range; returns the name as formulas use it. */
  name(name: string, range: string, comment: string): string {
    const full = `${name}${this.suffix}`;
    this.names.push({ name: full, range, comment });
    return full;
  }

  style(range: string, style: CellStyle): void {
    this.styles.push({ range, style });
  }

  format(range: string, format: string): void {
    this.numberFormats.push({ range, format });
  }

  note(cell: string, text: string): void {
    this.notes.push({ cell, text });
  }

  validate(range: string, rule: ValidationRule, message: string): void {
    this.validations.push({ range, rule, message });
  }
}

/** The model sheet for a host and a language. */
export function modelLayout(host: HostKind, lang: Lang, options: ModelOptions = {}): ModelLayout {
  const L = (en: string, ko: string): string => (lang === 'ko' ? ko : en);
  const P = host === 'excel' ? excelPrefix : '';
  const fn = (name: string): string => {
    if (!findFunction(name)) throw new Error(`model layout: ${name} is not in the catalog`);
    return `${P}${name}`;
  };
  const s = new Sheet(options.nameSuffix ?? '');
  const LAST_COL = 16; // blocks use A:P; charts stand to the right
  const ASSUMPTION = L('Assumption (the column gives no number): change it to yours.', '가정 (칼럼에 수치 없음): 직접 바꾸세요.');
  const input = (row: number, col: number, value: number | string, format: string | null, note: string) => {
    const ref = s.put(row, col, value);
    s.style(ref, STYLES.input);
    if (format) s.format(ref, format);
    s.note(ref, note);
    return ref;
  };
  const label = (row: number, col: number, text: string) => s.put(row, col, text);
  const headers = (row: number, col: number, texts: readonly string[]) => {
    texts.forEach((t, j) => {
      if (t !== '') s.put(row, col + j, t);
    });
    s.style(area(row, col, row, col + texts.length - 1), STYLES.header);
  };
  const section = (row: number, text: string) => {
    s.put(row, 1, text);
    s.style(area(row, 1, row, LAST_COL), STYLES.section);
  };

  // ---- Title ----
  s.put(
    1,
    1,
    L('Scenario Desk trade plan: the AI-infrastructure column, next 2–4 weeks', '시나리오 데스크 매매 계획: AI 인프라 칼럼, 향후 2~4주'),
  );
  s.style('A1', STYLES.title);
  s.put(
    2,
    1,
    L(
      'Yellow cells with blue numbers are inputs (hover for their notes); every other number is a live formula. Sample prices are illustrative: replace them with live ones.',
      '노란 셀의 파란 숫자가 입력값입니다 (메모 참고). 나머지 숫자는 모두 실시간 수식입니다. 샘플 가격은 예시이니 실제 가격으로 바꾸세요.',
    ),
  );
  s.style('A2', STYLES.subtitle);

  // ---- 1. Account and profile ----
  section(4, L('1. Account and investor profile', '1. 계좌와 투자자 유형'));
  const accountRows = [
    [L('Account size', '계좌 규모')],
    [L('Investor profile', '투자자 유형')],
    [L('Horizon (trading days)', '기간 (거래일)')],
    [L('Risk-free rate', '무위험 이자율')],
    [L('Stop distance (σ over the horizon)', '손절 거리 (기간 σ 배수)')],
    [L('Target distance (σ over the horizon)', '목표 거리 (기간 σ 배수)')],
    [L('Price-range probability', '가격 범위 확률')],
  ];
  accountRows.forEach(([t], i) => label(5 + i, 1, t));
  const profileNamesRange = area(6, 4, 8, 4, true);
  const account = s.name(
    'Account',
    input(5, 2, 100000, FMT.money, L('Total account value, in your currency.', '총 계좌 평가액 (통화 단위).')),
    L('Account size', '계좌 규모'),
  );
  const profileName = s.name(
    'ProfileName',
    input(
      6,
      2,
      PROFILES[1].name[lang],
      null,
      L(
        'Pick conservative, neutral or aggressive: it sets the limits the book is sized under.',
        '보수적·중립적·공격적 중 선택: 포트폴리오 한도를 정합니다.',
      ),
    ),
    L('Selected investor profile', '선택한 투자자 유형'),
  );
  const horizon = s.name(
    'HorizonDays',
    input(
      7,
      2,
      20,
      FMT.days,
      L('The column looks 2–4 weeks ahead: 10 to 20 trading days.', '칼럼의 전망 기간은 2~4주, 즉 10~20거래일입니다.'),
    ),
    L('Horizon in trading days', '기간 (거래일)'),
  );
  const rate = s.name(
    'RiskFreeRate',
    input(8, 2, 0.04, FMT.pct2, `${ASSUMPTION} ${L('Continuously compounded.', '연속 복리.')}`),
    L('Risk-free rate', '무위험 이자율'),
  );
  const stopSigma = s.name(
    'StopSigma',
    input(
      9,
      2,
      1,
      FMT.ratio,
      `${ASSUMPTION} ${L('Default stops sit this many σ·√(days/252) below spot: wider for volatile names.', '기본 손절가는 현재가보다 이 배수 × σ·√(일수/252)만큼 아래입니다 (변동성이 클수록 넓게).')}`,
    ),
    L('Stop distance in σ', '손절 거리 (σ)'),
  );
  const targetSigma = s.name(
    'TargetSigma',
    input(
      10,
      2,
      1.5,
      FMT.ratio,
      `${ASSUMPTION} ${L('Default targets sit this many σ·√(days/252) above spot.', '기본 목표가는 현재가보다 이 배수 × σ·√(일수/252)만큼 위입니다.')}`,
    ),
    L('Target distance in σ', '목표 거리 (σ)'),
  );
  const rangeProb = s.name(
    'RangeProb',
    input(
      11,
      2,
      0.9,
      FMT.pct,
      L(
        'Probability the price ends inside the PRICE_RANGE band (one standard deviation is about 68%).',
        'PRICE_RANGE 범위 안에서 끝날 확률 (1 표준편차는 약 68%).',
      ),
    ),
    L('Price-range probability', '가격 범위 확률'),
  );
  s.validate(a1(5, 2), { kind: 'decimal', greaterThan: 0 }, L('Account size: a positive amount.', '계좌 규모: 0보다 큰 금액.'));
  s.validate(
    a1(6, 2),
    { kind: 'list', source: profileNamesRange },
    L('Profile: pick one of the three profiles.', '유형: 세 가지 중 하나를 고르세요.'),
  );
  s.validate(a1(7, 2), { kind: 'whole', min: 10, max: 60 }, L('Horizon: 10 to 60 trading days.', '기간: 10~60거래일.'));
  s.validate(
    a1(8, 2),
    { kind: 'decimal', min: -0.05, max: 0.2 },
    L('Rate: a decimal from −5% to 20% (4% = 0.04).', '이자율: −5%~20% 소수 (4% = 0.04).'),
  );
  s.validate(area(9, 2, 10, 2), { kind: 'decimal', min: 0.1, max: 5 }, L('Distance: 0.1 to 5 σ.', '거리: 0.1~5 σ.'));
  s.validate(a1(11, 2), { kind: 'decimal', min: 0.5, max: 0.99 }, L('Probability: 50% to 99%.', '확률: 50%~99%.'));

  // Profile table (D5:H9) and the selected profile's limits (row 9).
  headers(5, 4, [
    L('Profile', '유형'),
    L('Cash floor', '최소 현금'),
    L('Risk per position', '포지션당 위험'),
    L('Max heat', '최대 히트'),
    L('Max weight', '최대 비중'),
    L('Risk management (column)', '위험 관리 (칼럼)'),
  ]);
  PROFILES.forEach((p, i) => {
    const r = 6 + i;
    const ref = s.put(r, 4, p.name[lang]);
    s.note(ref, `${L('Column: holds', '칼럼: 보유')} ${p.positions[lang]}`);
    input(
      r,
      5,
      p.cashFloor,
      FMT.pct,
      i === 0 ? L('Column: conservative investors keep 20% or more in cash.', '칼럼: 보수적 투자자는 현금 비중 20% 이상.') : ASSUMPTION,
    );
    input(
      r,
      6,
      p.riskPerPosition,
      FMT.pct,
      i === 2
        ? L(
            'Column: aggressive investors cap the loss per position at 2–3% of the account.',
            '칼럼: 공격적 투자자는 포지션당 손실을 계좌의 2~3%로 제한.',
          )
        : ASSUMPTION,
    );
    input(
      r,
      7,
      p.maxHeat,
      FMT.pct,
      `${ASSUMPTION} ${L('Heat: the total loss if every stop is hit.', '히트: 모든 손절가에 닿을 때의 총 손실.')}`,
    );
    input(r, 8, p.maxWeight, FMT.pct, ASSUMPTION);
    s.put(r, 9, p.hedges[lang]);
  });
  s.validate(
    area(6, 5, 8, 5),
    { kind: 'decimal', min: 0, max: 0.95 },
    L('Cash floor: 0% to 95% of the account.', '최소 현금: 계좌의 0%~95%.'),
  );
  s.validate(
    area(6, 6, 8, 6),
    { kind: 'decimal', min: 0.001, max: 0.2 },
    L('Risk per position: 0.1% to 20% of the account.', '포지션당 위험: 계좌의 0.1%~20%.'),
  );
  s.validate(
    area(6, 7, 8, 7),
    { kind: 'decimal', min: 0.001, max: 1 },
    L('Max heat: 0.1% to 100% of the account.', '최대 히트: 계좌의 0.1%~100%.'),
  );
  s.validate(
    area(6, 8, 8, 8),
    { kind: 'decimal', min: 0.01, max: 1 },
    L('Max weight: 1% to 100% of the account.', '최대 비중: 계좌의 1%~100%.'),
  );
  const profileNames = s.name('ProfileNames', profileNamesRange.replace(/\$/g, ''), L('The three profiles', '세 가지 유형'));
  const pick = (col: number) => `INDEX(${area(6, col, 8, col, true)}, MATCH(${profileName}, ${profileNames}, 0))`;
  label(9, 4, L('Selected', '선택'));
  s.style(area(9, 4, 9, 9), STYLES.total);
  const cashFloor = s.name('CashFloor', s.put(9, 5, `=${pick(5)}`), L("The profile's cash floor", '유형의 최소 현금'));
  const riskPct = s.name('RiskPerPosition', s.put(9, 6, `=${pick(6)}`), L("The profile's risk per position", '유형의 포지션당 위험'));
  const maxHeat = s.name('MaxHeat', s.put(9, 7, `=${pick(7)}`), L("The profile's max heat", '유형의 최대 히트'));
  const maxWeight = s.name('MaxWeight', s.put(9, 8, `=${pick(8)}`), L("The profile's max weight", '유형의 최대 비중'));
  s.put(9, 9, `=${pick(9)}`, { result: 'text' });
  s.format(area(9, 5, 9, 8), FMT.pct);

  // ---- 2. Scenarios ----
  const SC = 13;
  section(
    SC,
    L('2. Scenarios by segment over the horizon (SCENARIO_EV, SCENARIO_BAYES)', '2. 섹터별 시나리오 (SCENARIO_EV, SCENARIO_BAYES)'),
  );
  headers(SC + 1, 1, [
    L('Segment', '섹터'),
    L('P(bull)', 'P(강세)'),
    L('P(base)', 'P(기본)'),
    L('P(bear)', 'P(약세)'),
    L('Bull return', '강세 수익률'),
    L('Base return', '기본 수익률'),
    L('Bear return', '약세 수익률'),
    L('Expected return', '기대 수익률'),
    L('P(loss)', '손실 확률'),
    L('Bull after news', '뉴스 후 강세'),
    L('Base after news', '뉴스 후 기본'),
    L('Bear after news', '뉴스 후 약세'),
    L('Expected after news', '뉴스 후 기대 수익률'),
    L('Drift (annual)', '연 드리프트'),
  ]);
  const newsRow = SC + 2 + SEGMENTS.length;
  const news = area(newsRow, 2, newsRow, 4, true);
  const segmentDrift: string[] = [];
  SEGMENTS.forEach((seg, i) => {
    const r = SC + 2 + i;
    const sc = SCENARIOS[i];
    s.put(r, 1, seg.segment[lang]);
    const probNote =
      seg.probability === null
        ? L(
            'The column calls this segment mixed and gives no probability: 50% is an assumption.',
            '칼럼은 혼조로 보고 확률을 제시하지 않음: 50%는 가정입니다.',
          )
        : seg.probability[0] === seg.probability[1]
          ? L(`Column: about ${seg.probability[0] * 100}%.`, `칼럼: 약 ${seg.probability[0] * 100}%.`)
          : L(
              `Column: about ${seg.probability[0] * 100}–${seg.probability[1] * 100}%; the middle is used.`,
              `칼럼: 약 ${seg.probability[0] * 100}~${seg.probability[1] * 100}%; 중간값을 씁니다.`,
            );
    input(r, 2, sc.bull, FMT.pct, probNote);
    input(r, 3, sc.base, FMT.pct, ASSUMPTION);
    s.put(r, 4, `=1-${a1(r, 2)}-${a1(r, 3)}`);
    sc.outcomes.forEach((o, j) =>
      input(r, 5 + j, o, FMT.pct, `${ASSUMPTION} ${L('Return over the horizon in this scenario.', '이 시나리오의 기간 수익률.')}`),
    );
    const probs = area(r, 2, r, 4);
    const outs = area(r, 5, r, 7);
    s.put(r, 8, `=${fn('SCENARIO_EV')}(${probs}, ${outs})`);
    s.put(r, 9, `=${fn('SCENARIO_EV')}(${probs}, ${outs}, "p_loss")`);
    s.put(r, 10, `=${fn('SCENARIO_BAYES')}(${probs}, ${news})`, { spill: { rows: 1, cols: 3 } });
    s.put(r, 13, `=${fn('SCENARIO_EV')}(${area(r, 10, r, 12)}, ${outs})`);
    segmentDrift.push(s.put(r, 14, `=LN(1+${a1(r, 8)})*252/${horizon}`));
  });
  const segRows = area(SC + 2, 2, SC + 1 + SEGMENTS.length, 14);
  s.format(segRows, FMT.pct);
  s.validate(
    area(SC + 2, 2, SC + 1 + SEGMENTS.length, 3),
    { kind: 'decimal', min: 0, max: 1 },
    L('Probability: 0% to 100%.', '확률: 0%~100%.'),
  );
  s.validate(
    area(SC + 2, 5, SC + 1 + SEGMENTS.length, 7),
    { kind: 'decimal', min: -0.9, max: 2 },
    L('Return: −90% to 200% over the horizon.', '수익률: 기간 −90%~200%.'),
  );
  s.note(
    a1(SC + 2, 14),
    L(
      'The expected return over the horizon as an annual drift, ln(1 + E)·252/days: the trade plan below uses it.',
      '기간 기대 수익률을 연 드리프트로: ln(1 + E)·252/일수. 아래 매매 계획이 씁니다.',
    ),
  );
  label(newsRow, 1, L('News: P(news | scenario)', '뉴스: P(뉴스 | 시나리오)'));
  [0.3, 0.6, 0.9].forEach((v, j) =>
    input(
      newsRow,
      2 + j,
      v,
      FMT.pct,
      L(
        'How likely the news is in each scenario (need not sum to 1); 1, 1, 1 means no news. The example: an antitrust review of the deal structure, likelier when things go badly (one of the column’s risks).',
        '각 시나리오에서 그 뉴스가 나올 확률 (합이 1일 필요 없음). 1, 1, 1은 뉴스 없음. 예: 거래 구조에 대한 반독점 심사 (칼럼의 위험 요인), 나쁜 시나리오일수록 잘 나옴.',
      ),
    ),
  );
  s.name('NewsLikelihood', news.replace(/\$/g, ''), L('P(news | bull, base, bear)', 'P(뉴스 | 강세, 기본, 약세)'));
  s.validate(area(newsRow, 2, newsRow, 4), { kind: 'decimal', min: 0, max: 1 }, L('Likelihood: 0 to 1.', '가능도: 0~1.'));
  s.put(
    newsRow,
    5,
    L(
      '← e.g. an antitrust review of the deal structure (a risk the column names)',
      '← 예: 거래 구조에 대한 반독점 심사 (칼럼이 꼽은 위험)',
    ),
  );
  s.style(a1(newsRow, 5), STYLES.remark);

  // ---- 3. Trade plan ----
  const TR = newsRow + 2;
  const n = TICKERS.length;
  const t0 = TR + 2; // first ticker row
  const t1 = t0 + n - 1;
  section(TR, L('3. Trade plan by ticker (HIT_FIRST, TRADE_EV, PRICE_RANGE)', '3. 종목별 매매 계획 (HIT_FIRST, TRADE_EV, PRICE_RANGE)'));
  headers(TR + 1, 1, [
    L('Ticker', '종목'),
    L('Segment', '섹터'),
    L('Spot', '현재가'),
    L('Vol (annual)', '변동성 (연)'),
    L('Drift (annual)', '연 드리프트'),
    L('Stop', '손절가'),
    L('Target', '목표가'),
    L('P(target first)', 'P(목표가 먼저)'),
    L('P(stop first)', 'P(손절가 먼저)'),
    L('P(neither)', 'P(둘 다 아님)'),
    L('Expected P&L / share', '주당 기대 손익'),
    L('Expected R', '기대 R'),
    L('Range low', '범위 하단'),
    L('Range high', '범위 상단'),
  ]);
  const sigmaT = (r: number) => `${a1(r, 4)}*SQRT(${horizon}/252)`;
  TICKERS.forEach((t, i) => {
    const r = t0 + i;
    const tick = s.put(r, 1, t.ticker);
    if (t.example)
      s.note(
        tick,
        L(
          `${t.ticker} is an example: the column names ${t.group === 'defensive' ? 'defensive sector ETFs' : 'AI theme ETFs'} but no fund. Replace it with yours.`,
          `${t.ticker}는 예시입니다: 칼럼은 ${t.group === 'defensive' ? '방어 섹터 ETF' : 'AI 테마 ETF'}를 말하지만 종목은 없습니다. 직접 바꾸세요.`,
        ),
      );
    s.put(r, 2, SEGMENTS[t.segment].segment[lang]);
    input(
      r,
      3,
      t.spot,
      FMT.price,
      L(
        `Sample price. For the live one, type in this cell: =${livePriceFormula(host, t.ticker)}${host === 'excel' ? ' (Microsoft 365)' : ''}`,
        `샘플 가격. 실시간 가격은 이 셀에 입력: =${livePriceFormula(host, t.ticker)}${host === 'excel' ? ' (Microsoft 365)' : ''}`,
      ),
    );
    input(
      r,
      4,
      t.vol,
      FMT.pct,
      L(
        `Sample annual volatility. From a year of closes: =${fn('HIST_VOL')}(…prices…)`,
        `샘플 연 변동성. 1년 종가로 계산: =${fn('HIST_VOL')}(…가격…)`,
      ),
    );
    input(
      r,
      5,
      `=${segmentDrift[t.segment]}`,
      FMT.pct,
      L(
        'From the segment’s scenarios above (a formula you can overwrite; 0 is the neutral assumption).',
        '위 섹터 시나리오에서 계산 (덮어쓸 수 있는 수식, 0은 중립 가정).',
      ),
    );
    input(
      r,
      6,
      `=ROUND(${a1(r, 3)}*(1-${stopSigma}*${sigmaT(r)}), 2)`,
      FMT.price,
      L(
        'Stop-loss price set in advance (column). Default: StopSigma σ below spot; type your own.',
        '미리 정한 손절가 (칼럼). 기본: 현재가 아래 StopSigma σ. 직접 입력 가능.',
      ),
    );
    input(
      r,
      7,
      `=ROUND(${a1(r, 3)}*(1+${targetSigma}*${sigmaT(r)}), 2)`,
      FMT.price,
      L(
        'Target set in advance (column). Default: TargetSigma σ above spot; type your own.',
        '미리 정한 목표가 (칼럼). 기본: 현재가 위 TargetSigma σ. 직접 입력 가능.',
      ),
    );
  });
  const tickers = s.name('TradeTickers', area(t0, 1, t1, 1), L('Tickers', '종목'));
  const spot = s.name('TradeSpot', area(t0, 3, t1, 3), L('Spot prices', '현재가'));
  const vol = s.name('TradeVol', area(t0, 4, t1, 4), L('Annual volatilities', '연 변동성'));
  const drift = s.name('TradeDrift', area(t0, 5, t1, 5), L('Annual drifts', '연 드리프트'));
  const stop = s.name('TradeStop', area(t0, 6, t1, 6), L('Stops', '손절가'));
  const target = s.name('TradeTarget', area(t0, 7, t1, 7), L('Targets', '목표가'));
  s.put(t0, 8, `=${fn('HIT_FIRST')}(${spot}, ${target}, ${stop}, ${horizon}, ${vol}, ${drift})`, { spill: { rows: n, cols: 3 } });
  s.put(t0, 11, `=${fn('TRADE_EV')}(${spot}, ${target}, ${stop}, ${horizon}, ${vol}, ${drift})`, { spill: { rows: n, cols: 2 } });
  s.put(t0, 13, `=${fn('PRICE_RANGE')}(${spot}, ${horizon}, ${vol}, ${drift}, ${rangeProb})`, { spill: { rows: n, cols: 2 } });
  s.validate(area(t0, 3, t1, 3), { kind: 'decimal', greaterThan: 0 }, L('Spot: a positive price.', '현재가: 0보다 큰 가격.'));
  s.validate(
    area(t0, 4, t1, 4),
    { kind: 'decimal', min: 0.01, max: 3 },
    L('Volatility: 1% to 300% a year (0.45 = 45%).', '변동성: 연 1%~300% (0.45 = 45%).'),
  );
  s.validate(area(t0, 5, t1, 5), { kind: 'decimal', min: -1.9, max: 1.9 }, L('Drift: −190% to 190% a year.', '드리프트: 연 −190%~190%.'));
  s.validate(area(t0, 6, t1, 7), { kind: 'decimal', greaterThan: 0 }, L('Price: a positive number.', '가격: 0보다 큰 수.'));
  s.format(area(t0, 8, t1, 10), FMT.pct);
  s.format(area(t0, 11, t1, 11), FMT.price);
  s.format(area(t0, 12, t1, 12), FMT.ratio);
  s.format(area(t0, 13, t1, 14), FMT.price);
  s.conditionalFormats.push({ range: area(t0, 8, t1, 8), kind: 'colorScale', min: COLORS.low, mid: COLORS.mid, max: COLORS.high });
  s.note(
    a1(t0, 8),
    L(
      'HIT_FIRST: chance the price touches the target before the stop, the stop first, or neither within the horizon.',
      'HIT_FIRST: 기간 안에 목표가에 먼저, 손절가에 먼저, 또는 둘 다 닿지 않을 확률.',
    ),
  );
  s.note(
    a1(t0, 11),
    L(
      'TRADE_EV: the trade’s average P&L per share and in R (multiples of the risk per share).',
      'TRADE_EV: 거래의 평균 주당 손익과 R 배수 (주당 위험의 배수).',
    ),
  );
  s.note(
    a1(t0, 13),
    L('PRICE_RANGE: where the price ends with the price-range probability (B11).', 'PRICE_RANGE: 가격 범위 확률(B11)로 주가가 끝날 구간.'),
  );

  // ---- 4. Book ----
  const BK = t1 + 2;
  const b0 = BK + 2;
  const b1 = b0 + n - 1;
  const totalRow = b1 + 1;
  // Columns of the book table.
  const C = {
    inBook: 5,
    entry: 6,
    stop: 7,
    perShare: 8,
    shares: 9,
    value: 10,
    loss: 11,
    weight: 12,
    lossPct: 13,
    binding: 14,
    signed: 15,
    share: 16,
  };
  const col = (c: number) => area(b0, c, b1, c);
  const colAbs = (c: number) => area(b0, c, b1, c, true);
  section(
    BK,
    L(
      "4. Book: sizes under the profile's limits (PORTFOLIO_SIZE, RISK_CONTRIB)",
      '4. 포트폴리오: 유형 한도 안의 수량 (PORTFOLIO_SIZE, RISK_CONTRIB)',
    ),
  );
  headers(BK + 1, 1, [
    L('Ticker', '종목'),
    ...PROFILES.map((p) => p.name[lang]),
    L('In book', '편입'),
    L('Entry', '진입가'),
    L('Stop', '손절가'),
    L('Risk / share', '주당 위험'),
    L('Shares', '수량'),
    L('Value', '평가액'),
    L('Loss at stop', '손절 시 손실'),
    L('Weight', '비중'),
    L('Loss / account', '손실 / 계좌'),
    L('Binding limit', '제약 한도'),
    L('Signed value', '부호 있는 평가액'),
    L('Share of risk', '위험 비중'),
  ]);
  const binding = {
    risk: L('risk per position', '포지션당 위험'),
    weight: L('max weight', '최대 비중'),
    heat: L('max heat', '최대 히트'),
    cash: L('cash floor', '최소 현금'),
    lots: L('rounding', '단위 반올림'),
  };
  const tot = (c: number) => a1(totalRow, c, true);
  TICKERS.forEach((t, i) => {
    const r = b0 + i;
    const tr = t0 + i;
    s.put(r, 1, t.ticker);
    t.books.forEach((v, j) =>
      input(
        r,
        2 + j,
        v,
        FMT.days,
        L('1 = this profile holds the name (column’s table); 0 = not.', '1 = 이 유형이 보유 (칼럼의 표), 0 = 보유 안 함.'),
      ),
    );
    const inBook = a1(r, C.inBook);
    s.put(r, C.inBook, `=INDEX(${area(r, 2, r, 4)}, 1, MATCH(${profileName}, ${profileNames}, 0))`);
    s.put(r, C.entry, `=IF(${inBook}=1, ${a1(tr, 3)}, "")`, { result: 'number-or-blank' });
    s.put(r, C.stop, `=IF(${inBook}=1, ${a1(tr, 6)}, "")`, { result: 'number-or-blank' });
    s.put(r, C.perShare, `=IF(${inBook}=1, ABS(${a1(r, C.entry)}-${a1(r, C.stop)}), "")`, { result: 'number-or-blank' });
    const sh = a1(r, C.shares);
    const e = a1(r, C.entry);
    const ps = a1(r, C.perShare);
    s.put(r, C.weight, `=IF(${sh}="", "", ${a1(r, C.value)}/${account})`, { result: 'number-or-blank' });
    s.put(r, C.lossPct, `=IF(${sh}="", "", ${a1(r, C.loss)}/${account})`, { result: 'number-or-blank' });
    // The limit that stops one more share of this name: its own risk or weight cap; the book's heat or
    // cash when one more share of every name would break it (the book was scaled to that limit); else
    // only whole shares.
    s.put(
      r,
      C.binding,
      `=IF(${sh}="", "", IF((ABS(${sh})+1)*${ps}>${riskPct}*${account}, "${binding.risk}", IF((ABS(${sh})+1)*${e}>${maxWeight}*${account}, "${binding.weight}", IF(${tot(C.loss)}+SUM(${colAbs(C.perShare)})>${maxHeat}*${account}, "${binding.heat}", IF(${tot(C.value)}+SUM(${colAbs(C.entry)})>(1-${cashFloor})*${account}, "${binding.cash}", "${binding.lots}")))))`,
      { result: 'text-or-blank' },
    );
    s.put(r, C.signed, `=IF(${sh}="", 0, ${sh}*${e})`);
  });
  s.validate(area(b0, 2, b1, 4), { kind: 'whole', min: 0, max: 1 }, L('1 (held) or 0 (not held).', '1 (보유) 또는 0 (보유 안 함).'));
  const correlations = `Correlations${s.suffix}`;
  s.put(
    b0,
    C.shares,
    `=${fn('PORTFOLIO_SIZE')}(${account}, ${col(C.entry)}, ${col(C.stop)}, ${riskPct}, ${maxHeat}, ${maxWeight}, ${cashFloor})`,
    { spill: { rows: n, cols: 3 }, result: 'number-or-blank' },
  );
  s.put(b0, C.share, `=${fn('RISK_CONTRIB')}(${col(C.signed)}, ${vol}, ${correlations})`, { spill: { rows: n, cols: 1 } });
  s.name('BookShares', col(C.shares), L('Shares per ticker', '종목별 수량'));
  s.name('BookValue', col(C.value), L('Value per ticker', '종목별 평가액'));
  s.format(area(b0, C.entry, b1, C.perShare), FMT.price);
  s.format(col(C.shares), FMT.shares);
  s.format(area(b0, C.value, b1, C.loss), FMT.money);
  s.format(area(b0, C.weight, b1, C.lossPct), FMT.pct);
  s.format(col(C.signed), FMT.money);
  s.format(col(C.share), FMT.pct);
  s.conditionalFormats.push({ range: col(C.share), kind: 'colorScale', min: COLORS.mid, mid: '#FCE4D6', max: COLORS.risk });
  s.note(
    a1(b0, C.binding),
    L(
      'The limit that stops one more share: this name’s risk per position or max weight, or the book’s max heat or cash floor (every name was scaled down to it); "rounding" when only whole shares do.',
      '한 주를 더 못 사게 하는 한도: 이 종목의 포지션당 위험이나 최대 비중, 또는 포트폴리오의 최대 히트나 최소 현금 (모든 종목이 그에 맞춰 축소됨). 정수 주식 때문이면 "단위 반올림".',
    ),
  );
  s.note(
    a1(b0, C.shares),
    L(
      'PORTFOLIO_SIZE: shares, value and loss at the stop for every name under all four limits at once.',
      'PORTFOLIO_SIZE: 네 한도를 모두 지키는 종목별 수량, 평가액, 손절 시 손실.',
    ),
  );
  label(totalRow, 1, L('Total', '합계'));
  for (const c of [C.value, C.loss, C.weight, C.lossPct, C.signed, C.share]) s.put(totalRow, c, `=SUM(${col(c)})`);
  s.style(area(totalRow, 1, totalRow, LAST_COL), STYLES.total);
  s.format(area(totalRow, C.value, totalRow, C.loss), FMT.money);
  s.format(area(totalRow, C.weight, totalRow, C.lossPct), FMT.pct);
  s.format(a1(totalRow, C.signed), FMT.money);
  s.format(a1(totalRow, C.share), FMT.pct);

  // Limits: each profile limit against the book, and the book's correlated risk.
  const LM = totalRow + 2;
  headers(LM, 1, [L('Limit', '한도'), L('Profile', '유형 한도'), L('Book', '포트폴리오'), L('Check', '점검')]);
  const within = L('✓ within', '✓ 한도 이내');
  const breached = L('✗ breached', '✗ 초과');
  const limitRows: [string, string, string, '>=' | '<='][] = [
    [L('Cash (at least)', '현금 (이상)'), `=${cashFloor}`, `=1-${a1(totalRow, C.value)}/${account}`, '>='],
    [L('Heat: loss if every stop hits', '히트: 모든 손절 시 손실'), `=${maxHeat}`, `=${a1(totalRow, C.loss)}/${account}`, '<='],
    [L('Largest weight', '최대 비중'), `=${maxWeight}`, `=MAX(${col(C.weight)})`, '<='],
    [L('Largest loss per position', '포지션당 최대 손실'), `=${riskPct}`, `=MAX(${col(C.lossPct)})`, '<='],
  ];
  limitRows.forEach(([text, limit, book, op], i) => {
    const r = LM + 1 + i;
    label(r, 1, text);
    s.put(r, 2, limit);
    s.put(r, 3, book);
    // A billionth of the account of slack: the limits hold exactly, their ratios to within rounding.
    const test = op === '>=' ? `${a1(r, 3)}>=${a1(r, 2)}-0.000000001` : `${a1(r, 3)}<=${a1(r, 2)}+0.000000001`;
    s.put(r, 4, `=IF(${test}, "${within}", "${breached}")`, { result: 'text' });
  });
  s.format(area(LM + 1, 2, LM + 4, 3), FMT.pct);
  s.conditionalFormats.push({
    range: area(LM + 1, 4, LM + 4, 4),
    kind: 'textContains',
    text: '✗',
    fontColor: COLORS.breachText,
    fill: COLORS.breach,
  });
  const ex = LM + 5;
  label(ex, 1, L('Exposure (invested)', '투자 금액'));
  s.put(ex, 3, `=${a1(totalRow, C.value)}`);
  label(ex + 1, 1, L('Cash', '현금'));
  s.put(ex + 1, 3, `=${account}-${a1(totalRow, C.value)}`);
  s.format(area(ex, 3, ex + 1, 3), FMT.money);
  s.style(area(ex, 1, ex + 1, 3), STYLES.total);

  headers(LM, 6, [L('Book risk (correlated)', '포트폴리오 위험 (상관 반영)'), L('VaR', 'VaR'), L('Expected shortfall', '기대손실 (ES)')]);
  label(LM + 1, 6, L('Amount over the horizon', '기간 손실액'));
  label(LM + 2, 6, L('Share of the account', '계좌 대비'));
  label(LM + 3, 6, L('Confidence', '신뢰수준'));
  const confidence = s.name(
    'VarConfidence',
    input(
      LM + 3,
      7,
      0.95,
      FMT.pct,
      L('Confidence of the VaR and expected shortfall (0.95 = 95%).', 'VaR와 기대손실의 신뢰수준 (0.95 = 95%).'),
    ),
    L('VaR confidence', 'VaR 신뢰수준'),
  );
  s.validate(a1(LM + 3, 7), { kind: 'decimal', min: 0.5, max: 0.999 }, L('Confidence: 50% to 99.9%.', '신뢰수준: 50%~99.9%.'));
  s.put(LM + 1, 7, `=${fn('PORTFOLIO_VAR')}(${col(C.signed)}, ${vol}, ${correlations}, ${horizon}, ${confidence})`, {
    spill: { rows: 1, cols: 2 },
  });
  s.put(LM + 2, 7, `=${a1(LM + 1, 7)}/${account}`);
  s.put(LM + 2, 8, `=${a1(LM + 1, 8)}/${account}`);
  s.format(area(LM + 1, 7, LM + 1, 8), FMT.money);
  s.format(area(LM + 2, 7, LM + 2, 8), FMT.pct);
  s.note(
    a1(LM + 1, 7),
    L(
      'PORTFOLIO_VAR: the loss not exceeded with the confidence over the horizon, and the average loss beyond it, with the correlations below.',
      'PORTFOLIO_VAR: 기간 동안 신뢰수준으로 넘지 않는 손실과 그것을 넘을 때의 평균 손실 (아래 상관계수 반영).',
    ),
  );

  // ---- 5. Correlations ----
  const CR = ex + 3;
  section(
    CR,
    L(
      '5. Correlations between the names (assumptions; PORTFOLIO_VAR, RISK_CONTRIB)',
      '5. 종목 간 상관계수 (가정; PORTFOLIO_VAR, RISK_CONTRIB)',
    ),
  );
  const k0 = CR + 2;
  headers(CR + 1, 1, ['', ...TICKERS.map((t) => t.ticker)]);
  TICKERS.forEach((ti, i) => {
    const r = k0 + i;
    s.put(r, 1, ti.ticker);
    s.style(a1(r, 1), STYLES.header);
    TICKERS.forEach((tj, j) => {
      const c = 2 + j;
      if (i === j) s.put(r, c, 1);
      else if (j > i)
        input(
          r,
          c,
          GROUP_CORRELATION[ti.group][tj.group],
          FMT.ratio,
          `${ASSUMPTION} ${L('The lower half mirrors this cell.', '아래쪽 절반은 이 셀을 따릅니다.')}`,
        );
      else s.put(r, c, `=${a1(k0 + j, 2 + i)}`);
    });
  });
  s.name('Correlations', area(k0, 2, k0 + n - 1, 1 + n), L('Correlation matrix', '상관행렬'));
  s.format(area(k0, 2, k0 + n - 1, 1 + n), FMT.ratio);
  s.validate(area(k0, 2, k0 + n - 1, 1 + n), { kind: 'decimal', min: -1, max: 1 }, L('Correlation: −1 to 1.', '상관계수: −1~1.'));

  // ---- 6. Hedges ----
  const HG = k0 + n + 1;
  section(
    HG,
    L('6. Hedges: call spread and protective put (CALL_SPREAD, PUT_HEDGE)', '6. 헤지: 콜 스프레드와 보호용 풋 (CALL_SPREAD, PUT_HEDGE)'),
  );
  const styleParam = findFunction('PUT_HEDGE')?.params.find((p) => p.name === 'style');
  const hedgeInputs: [string][] = [
    [L('Focus ticker', '대상 종목')],
    [L('Spot', '현재가')],
    [L('Vol (annual)', '변동성 (연)')],
    [L('Drift (annual)', '연 드리프트')],
    [L('Trading days to expiry', '만기까지 거래일')],
    [L('Contract multiplier', '계약 승수')],
  ];
  if (styleParam) hedgeInputs.push([L('Exercise style', '행사 방식')]);
  hedgeInputs.forEach(([t], i) => label(HG + 1 + i, 1, t));
  const h = HG + 1;
  const focus = s.name(
    'FocusTicker',
    input(
      h,
      2,
      'NVDA',
      null,
      L(
        'Pick a ticker from the trade plan: the hedges, the payoff and the price cone follow it.',
        '매매 계획의 종목을 고르세요: 헤지, 손익 그래프, 가격 범위가 따라갑니다.',
      ),
    ),
    L('Focus ticker', '대상 종목'),
  );
  s.validate(
    a1(h, 2),
    { kind: 'list', source: area(t0, 1, t1, 1, true) },
    L('Pick a ticker of the trade plan.', '매매 계획의 종목을 고르세요.'),
  );
  const lookup = (range: string) => `INDEX(${range}, MATCH(${focus}, ${tickers}, 0))`;
  const fSpot = s.name('FocusSpot', s.put(h + 1, 2, `=${lookup(spot)}`), L('Spot of the focus ticker', '대상 종목 현재가'));
  const fVol = s.name('FocusVol', s.put(h + 2, 2, `=${lookup(vol)}`), L('Vol of the focus ticker', '대상 종목 변동성'));
  const fDrift = s.name('FocusDrift', s.put(h + 3, 2, `=${lookup(drift)}`), L('Drift of the focus ticker', '대상 종목 드리프트'));
  const optDays = s.name(
    'OptionDays',
    input(h + 4, 2, 20, FMT.days, L('Trading days to the options’ expiry: the column’s 2–4 weeks.', '옵션 만기까지 거래일: 칼럼의 2~4주.')),
    L('Days to expiry', '만기까지 일수'),
  );
  const mult = s.name(
    'ContractMultiplier',
    s.put(h + 5, 2, 100),
    L('Shares per US equity option contract', '미국 주식 옵션 1계약당 주식 수'),
  );
  s.note(a1(h + 5, 2), L('A US equity option contract covers 100 shares.', '미국 주식 옵션 1계약은 100주입니다.'));
  s.validate(a1(h + 4, 2), { kind: 'whole', min: 1, max: 252 }, L('Days: 1 to 252.', '일수: 1~252.'));
  s.format(area(h + 1, 2, h + 1, 2), FMT.price);
  s.format(area(h + 2, 2, h + 3, 2), FMT.pct);
  s.format(a1(h + 5, 2), FMT.shares);
  let styleArg = '';
  if (styleParam) {
    const choices = styleParam.choices ?? [];
    const show = (value: string) => {
      const c = choices.find((ch) => ch.value === value);
      const hangul = c?.aliases?.find((a) => /[\uAC00-\uD7A3]/.test(a));
      return lang === 'ko' && hangul ? hangul : value;
    };
    const styleRef = s.name(
      'OptionStyle',
      input(
        h + 6,
        2,
        show('american'),
        null,
        L(
          'US equity options are American (exercisable any day); European is the Black–Scholes price.',
          '미국 주식 옵션은 미국형 (언제든 행사). 유럽형은 블랙-숄즈 가격입니다.',
        ),
      ),
      L('Exercise style', '행사 방식'),
    );
    s.validate(
      a1(h + 6, 2),
      { kind: 'list', values: [show('american'), show('european')] },
      L('Pick american or european.', '미국형 또는 유럽형을 고르세요.'),
    );
    styleArg = `, 0, 252, ${styleRef}`;
  }
  const cs = h + hedgeInputs.length + 1;
  headers(cs, 1, [
    L('Call spread', '콜 스프레드'),
    L('Buy strike', '매수 행사가'),
    L('Sell strike', '매도 행사가'),
    L('Contracts', '계약 수'),
    L('Net debit / share', '주당 순지불액'),
    L('Max profit / share', '주당 최대 이익'),
    L('Breakeven', '손익분기점'),
    L('P(above breakeven)', 'P(손익분기 상회)'),
    L('Cost / contract', '계약당 비용'),
    L('Total cost', '총비용'),
  ]);
  label(cs + 1, 1, L('Buy the lower call, sell the higher', '낮은 콜 매수, 높은 콜 매도'));
  const k1 = input(
    cs + 1,
    2,
    `=ROUND(${fSpot}, 0)`,
    FMT.price,
    L('Strike of the call bought (default: at the money).', '매수 콜 행사가 (기본: 등가격).'),
  );
  const k2 = input(
    cs + 1,
    3,
    `=ROUND(${fSpot}*1.1, 0)`,
    FMT.price,
    L('Strike of the call sold (default: 10% above spot).', '매도 콜 행사가 (기본: 현재가 10% 위).'),
  );
  const csN = input(cs + 1, 4, 1, FMT.shares, L('Contracts of 100 shares each.', '계약 수 (계약당 100주).'));
  s.put(cs + 1, 5, `=${fn('CALL_SPREAD')}(${fSpot}, ${k1}, ${k2}, ${optDays}, ${fVol}, ${rate}${styleArg})`, {
    spill: { rows: 1, cols: 4 },
  });
  s.put(cs + 1, 9, `=${a1(cs + 1, 5)}*${mult}`);
  s.put(cs + 1, 10, `=${a1(cs + 1, 9)}*${csN}`);
  const ph = cs + 3;
  headers(ph, 1, [
    L('Protective put', '보호용 풋'),
    L('Strike', '행사가'),
    '',
    L('Contracts', '계약 수'),
    L('Cost / share', '주당 비용'),
    L('Cost ÷ spot', '비용 ÷ 현재가'),
    L('Max loss / share', '주당 최대 손실'),
    L('Breakeven', '손익분기점'),
    L('Cost / contract', '계약당 비용'),
    L('Total cost', '총비용'),
  ]);
  label(ph + 1, 1, L('Own the stock, buy a put', '주식 보유, 풋 매수'));
  const kp = input(
    ph + 1,
    2,
    `=ROUND(${fSpot}*0.92, 0)`,
    FMT.price,
    L('Strike of the put (default: 8% below spot).', '풋 행사가 (기본: 현재가 8% 아래).'),
  );
  const pN = input(ph + 1, 4, 1, FMT.shares, L('Contracts of 100 shares each.', '계약 수 (계약당 100주).'));
  s.put(ph + 1, 5, `=${fn('PUT_HEDGE')}(${fSpot}, ${kp}, ${optDays}, ${fVol}, ${rate}${styleArg})`, { spill: { rows: 1, cols: 4 } });
  s.put(ph + 1, 9, `=${a1(ph + 1, 5)}*${mult}`);
  s.put(ph + 1, 10, `=${a1(ph + 1, 9)}*${pN}`);
  s.validate(
    `${a1(cs + 1, 2)}:${a1(cs + 1, 3)}`,
    { kind: 'decimal', greaterThan: 0 },
    L('Strike: a positive price.', '행사가: 0보다 큰 가격.'),
  );
  s.validate(a1(ph + 1, 2), { kind: 'decimal', greaterThan: 0 }, L('Strike: a positive price.', '행사가: 0보다 큰 가격.'));
  s.validate(a1(cs + 1, 4), { kind: 'whole', min: 0, max: 10000 }, L('Contracts: a whole number.', '계약 수: 정수.'));
  s.validate(a1(ph + 1, 4), { kind: 'whole', min: 0, max: 10000 }, L('Contracts: a whole number.', '계약 수: 정수.'));
  s.format(area(cs + 1, 5, cs + 1, 7), FMT.price);
  s.format(a1(cs + 1, 8), FMT.pct);
  s.format(area(cs + 1, 9, cs + 1, 10), FMT.money);
  s.format(a1(ph + 1, 5), FMT.price);
  s.format(a1(ph + 1, 6), FMT.pct);
  s.format(area(ph + 1, 7, ph + 1, 8), FMT.price);
  s.format(area(ph + 1, 9, ph + 1, 10), FMT.money);

  // Payoff at expiry per share (for the chart) and the price cone of the focus ticker.
  const PO = ph + 3;
  headers(PO, 1, [
    L('Price at expiry', '만기 주가'),
    L('Stock only', '주식만'),
    L('Stock + put', '주식 + 풋'),
    L('Stock + call spread', '주식 + 콜 스프레드'),
  ]);
  const steps = 13;
  for (let k = 0; k < steps; k++) {
    const r = PO + 1 + k;
    const px = a1(r, 1);
    s.put(r, 1, `=ROUND(${fSpot}*${(0.7 + 0.05 * k).toFixed(2)}, 2)`);
    s.put(r, 2, `=${px}-${fSpot}`);
    s.put(r, 3, `=${px}-${fSpot}+MAX(${kp}-${px}, 0)-${a1(ph + 1, 5)}`);
    s.put(r, 4, `=${px}-${fSpot}+MIN(MAX(${px}-${k1}, 0), ${k2}-${k1})-${a1(cs + 1, 5)}`);
  }
  s.format(area(PO + 1, 1, PO + steps, 4), FMT.price);
  const coneDays = 9;
  headers(PO, 6, [
    L('Days ahead', '경과 거래일'),
    L('Low (range prob.)', '하단 (범위 확률)'),
    L('High (range prob.)', '상단 (범위 확률)'),
    L('Low (1σ)', '하단 (1σ)'),
    L('High (1σ)', '상단 (1σ)'),
  ]);
  for (let k = 0; k < coneDays; k++) s.put(PO + 1 + k, 6, `=ROUND(${horizon}*${k}/${coneDays - 1}, 0)`);
  const daysRange = area(PO + 1, 6, PO + coneDays, 6);
  s.put(PO + 1, 7, `=${fn('PRICE_RANGE')}(${fSpot}, ${daysRange}, ${fVol}, ${fDrift}, ${rangeProb})`, {
    spill: { rows: coneDays, cols: 2 },
  });
  s.put(PO + 1, 9, `=${fn('PRICE_RANGE')}(${fSpot}, ${daysRange}, ${fVol}, ${fDrift})`, { spill: { rows: coneDays, cols: 2 } });
  s.format(area(PO + 1, 6, PO + coneDays, 6), FMT.days);
  s.format(area(PO + 1, 7, PO + coneDays, 10), FMT.price);

  // ---- 7. Valuation ----
  const VA = PO + steps + 2;
  section(
    VA,
    L(
      '7. Valuation: DCF repricing grid and reverse DCF (DCF_REPRICE, IMPLIED_GROWTH)',
      '7. 가치평가: DCF 재평가 표와 역DCF (DCF_REPRICE, IMPLIED_GROWTH)',
    ),
  );
  const v = VA + 1;
  const valuationLabels = [
    L('Price (NVDA)', '주가 (NVDA)'),
    L('Growth the price reflects', '주가에 반영된 성장률'),
    L('Discount rate it reflects', '반영된 할인율'),
    L('Years of growth', '성장 기간 (년)'),
    L('Terminal growth', '영구 성장률'),
    L('Free cash flow per share', '주당 잉여현금흐름'),
    L('Growth the price implies (reverse DCF)', '주가가 내포한 성장률 (역DCF)'),
  ];
  valuationLabels.forEach((t, i) => label(v + i, 1, t));
  const dPrice = s.name('DcfPrice', s.put(v, 2, `=${a1(t0, 3)}`), L('Price valued', '평가 주가'));
  const dOldG = s.name(
    'DcfOldGrowth',
    input(
      v + 1,
      2,
      0.25,
      FMT.pct,
      `${ASSUMPTION} ${L('Contracts like those in the column lift 2–5-year growth estimates.', '칼럼의 대형 계약은 2~5년 성장 추정치를 올립니다.')}`,
    ),
    L('Growth the price reflects', '반영된 성장률'),
  );
  const dOldD = s.name(
    'DcfOldDiscount',
    input(v + 2, 2, 0.09, FMT.pct, ASSUMPTION),
    L('Discount rate the price reflects', '반영된 할인율'),
  );
  const dYears = s.name(
    'DcfYears',
    input(
      v + 3,
      2,
      5,
      FMT.days,
      L('Length of the growth stage (the column: 2–5 years of revised estimates).', '성장 기간 (칼럼: 2~5년 추정치 상향).'),
    ),
    L('Years of growth', '성장 기간'),
  );
  const dTerm = s.name('DcfTerminal', input(v + 4, 2, 0.025, FMT.pct2, ASSUMPTION), L('Terminal growth', '영구 성장률'));
  const dCash = s.name(
    'DcfCashFlow',
    input(
      v + 5,
      2,
      2.6,
      FMT.price,
      `${ASSUMPTION} ${L('NVDA’s free cash flow per share over the last year, roughly.', '최근 1년 NVDA 주당 잉여현금흐름 (대략).')}`,
    ),
    L('Free cash flow per share', '주당 잉여현금흐름'),
  );
  s.put(v + 6, 2, `=${fn('IMPLIED_GROWTH')}(${dPrice}, ${dCash}, ${dOldD}, ${dYears}, ${dTerm})`);
  s.format(a1(v, 2), FMT.price);
  s.format(a1(v + 6, 2), FMT.pct);
  s.style(area(v + 6, 1, v + 6, 2), STYLES.total);
  s.validate(
    area(v + 1, 2, v + 2, 2),
    { kind: 'decimal', min: -0.5, max: 1.5 },
    L('Rate: a decimal (25% = 0.25).', '비율: 소수 (25% = 0.25).'),
  );
  s.validate(a1(v + 3, 2), { kind: 'whole', min: 1, max: 30 }, L('Years: 1 to 30.', '연수: 1~30.'));
  s.validate(a1(v + 4, 2), { kind: 'decimal', min: -0.02, max: 0.05 }, L('Terminal growth: −2% to 5%.', '영구 성장률: −2%~5%.'));
  s.validate(a1(v + 5, 2), { kind: 'decimal', greaterThan: 0 }, L('Cash flow: a positive amount.', '현금흐름: 0보다 큰 금액.'));
  // The grid: new growth down, new discount rate across, repriced by one spilling formula.
  s.put(v, 4, L('Repriced value: new growth ↓, new discount rate →', '재평가 주가: 새 성장률 ↓, 새 할인율 →'));
  s.style(a1(v, 4), STYLES.remark);
  const discounts = [0.08, 0.09, 0.1, 0.11];
  const growths = [0.15, 0.2, 0.25, 0.3, 0.35];
  s.put(v + 1, 4, L('growth ↓ / discount →', '성장률 ↓ / 할인율 →'));
  s.style(a1(v + 1, 4), STYLES.header);
  discounts.forEach((d, j) => input(v + 1, 5 + j, d, FMT.pct, L('New discount rate (axis).', '새 할인율 (축).')));
  growths.forEach((g, i) => input(v + 2 + i, 4, g, FMT.pct, L('New first-stage growth (axis).', '새 1단계 성장률 (축).')));
  const gridRange = area(v + 2, 5, v + 1 + growths.length, 4 + discounts.length);
  s.put(
    v + 2,
    5,
    `=${fn('DCF_REPRICE')}(${dPrice}, ${dOldG}, ${area(v + 2, 4, v + 1 + growths.length, 4)}, ${dOldD}, ${area(v + 1, 5, v + 1, 4 + discounts.length)}, 1, 1, ${dYears}, ${dTerm})`,
    { spill: { rows: growths.length, cols: discounts.length } },
  );
  s.format(gridRange, FMT.price);
  s.conditionalFormats.push({ range: gridRange, kind: 'colorScale', min: COLORS.low, mid: COLORS.mid, max: COLORS.high });
  s.validate(
    area(v + 1, 5, v + 1, 4 + discounts.length),
    { kind: 'decimal', min: 0.03, max: 0.3 },
    L('Discount rate: 3% to 30%.', '할인율: 3%~30%.'),
  );
  s.validate(
    area(v + 2, 4, v + 1 + growths.length, 4),
    { kind: 'decimal', min: -0.5, max: 1.5 },
    L('Growth: −50% to 150%.', '성장률: −50%~150%.'),
  );

  // ---- 8. Leverage ----
  const LV = v + Math.max(valuationLabels.length, growths.length + 2) + 1;
  section(
    LV,
    L(
      '8. Leverage: the volatility drag of daily-rebalanced funds (LEVERAGE_DRAG)',
      '8. 레버리지: 일간 리밸런싱 펀드의 변동성 손실 (LEVERAGE_DRAG)',
    ),
  );
  headers(LV + 1, 1, [
    L('Fund', '펀드'),
    L('Leverage', '레버리지'),
    L('Underlying vol', '기초자산 변동성'),
    L('Drag over the horizon', '기간 손실'),
    L('Drag over a year', '1년 손실'),
  ]);
  const l0 = LV + 2;
  const funds: [string, number, string | number][] = [
    [L('2× the focus ticker', '대상 종목 2배'), 2, `=${fVol}`],
    [L('3× the focus ticker', '대상 종목 3배'), 3, `=${fVol}`],
    [L('2× S&P 500', 'S&P 500 2배'), 2, 0.18],
    [L('3× S&P 500', 'S&P 500 3배'), 3, `=${a1(l0 + 2, 3)}`],
  ];
  funds.forEach(([t, lev, fv], i) => {
    const r = l0 + i;
    label(r, 1, t);
    input(r, 2, lev, FMT.mult, L('Daily leverage multiple (−1 for an inverse fund).', '일간 레버리지 배수 (인버스는 −1).'));
    if (typeof fv === 'number') input(r, 3, fv, FMT.pct, `${ASSUMPTION} ${L('Annual volatility of the index.', '지수의 연 변동성.')}`);
    else s.put(r, 3, fv);
  });
  const levs = area(l0, 2, l0 + funds.length - 1, 2);
  const fvols = area(l0, 3, l0 + funds.length - 1, 3);
  s.put(l0, 4, `=${fn('LEVERAGE_DRAG')}(${levs}, ${fvols}, ${horizon})`, { spill: { rows: funds.length, cols: 1 } });
  s.put(l0, 5, `=${fn('LEVERAGE_DRAG')}(${levs}, ${fvols}, 252)`, { spill: { rows: funds.length, cols: 1 } });
  s.format(area(l0, 3, l0 + funds.length - 1, 5), FMT.pct);
  s.validate(levs, { kind: 'decimal', min: -5, max: 5 }, L('Leverage: −5× to 5×.', '레버리지: −5~5배.'));
  const warnRow = l0 + funds.length;
  s.put(
    warnRow,
    1,
    L(
      'The column: “Excessive short-term leverage (leveraged ETFs, margin) causes large losses as volatility rises.”',
      '칼럼: “단기간 과도한 레버리지(ETF 레버리지·마진)는 변동성 확대로 큰 손실 유발.”',
    ),
  );
  s.style(a1(warnRow, 1), STYLES.warning);

  // ---- Charts (native, on the cells above) ----
  const series = (header: [number, number], r0: number, r1: number): ChartSeries => ({
    header: a1(header[0], header[1]),
    values: area(r0, header[1], r1, header[1]),
    withHeader: area(header[0], header[1], r1, header[1]),
  });
  s.charts.push({
    id: 'cone',
    type: 'line',
    title: L('Price range of the focus ticker over the horizon', '대상 종목의 기간별 가격 범위'),
    xTitle: L('Trading days ahead', '경과 거래일'),
    yTitle: L('Price', '주가'),
    categories: series([PO, 6], PO + 1, PO + coneDays),
    series: [7, 8, 9, 10].map((c) => series([PO, c], PO + 1, PO + coneDays)),
    anchor: a1(4, LAST_COL + 2),
    width: 520,
    height: 300,
  });
  s.charts.push({
    id: 'risk',
    type: 'column',
    title: L("Each name's share of the book's risk", '종목별 포트폴리오 위험 비중'),
    xTitle: L('Ticker', '종목'),
    yTitle: L('Share of variance', '분산 비중'),
    categories: series([BK + 1, 1], b0, b1),
    series: [series([BK + 1, C.share], b0, b1)],
    anchor: a1(BK, LAST_COL + 2),
    width: 520,
    height: 300,
  });
  s.charts.push({
    id: 'payoff',
    type: 'line',
    title: L('P&L per share at expiry: stock, stock + put, stock + call spread', '만기 주당 손익: 주식, 주식 + 풋, 주식 + 콜 스프레드'),
    xTitle: L('Price at expiry', '만기 주가'),
    yTitle: L('P&L per share', '주당 손익'),
    categories: series([PO, 1], PO + 1, PO + steps),
    series: [2, 3, 4].map((c) => series([PO, c], PO + 1, PO + steps)),
    anchor: a1(HG, LAST_COL + 2),
    width: 520,
    height: 320,
  });

  const widths = [250, 180, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 120, 100, 100];
  return {
    host,
    lang,
    sheetName: MODEL_SHEET_NAME[lang],
    rows: s.rows,
    cols: s.cols,
    cells: s.cells,
    numberFormats: s.numberFormats,
    styles: s.styles,
    names: s.names,
    validations: s.validations,
    conditionalFormats: s.conditionalFormats,
    charts: s.charts,
    notes: s.notes,
    columnWidths: widths,
    frozen: { rows: 2, columns: 1 },
  };
}

/** The layout's cells as one block from A1 (formulas as text, spill areas and empty cells ""), for one write. */
export function layoutGrid(layout: ModelLayout): (string | number)[][] {
  const grid = Array.from({ length: layout.rows }, () => new Array<string | number>(layout.cols).fill(''));
  for (const [ref, cell] of Object.entries(layout.cells)) {
    const { row, col } = parseA1(ref);
    grid[row - 1][col - 1] = cell.value;
  }
  return grid;
}

/** The suffix for a model's names that none of `existing` (a spreadsheet's named ranges) uses: "", "_2", "_3", … */
export function modelNameSuffix(existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const base = modelLayout('sheets', 'en').names.map((n) => n.name.toLowerCase());
  for (let k = 1; ; k++) {
    const suffix = k === 1 ? '' : `_${k}`;
    if (base.every((n) => !taken.has(`${n}${suffix}`))) return suffix;
  }
}
