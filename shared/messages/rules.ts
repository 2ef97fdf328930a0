/**
 * Every rule a DeskError can name, with its sentence in English and Korean. `s` holds the error's
 * value (`s.value`) and parameters already shown as text in the message's language; `p` the raw
 * parameters (for plurals and choices). A test walks every code in both languages.
 */
import { TRADE_RULES } from './trade';

export type Lang = 'en' | 'ko';
export type Shown = Record<string, string>;
export type RuleParamsRaw = Readonly<Record<string, unknown>>;
export interface RuleText {
  en: (s: Shown, p: RuleParamsRaw) => string;
  ko: (s: Shown, p: RuleParamsRaw) => string;
}

const hintEn = (s: Shown): string => (s.hint ? ` (${s.hint})` : '');
const hintKo = (s: Shown): string => (s.hint ? ` (${s.hint})` : '');
const plural = (n: unknown, one: string, many: string): string => (n === 1 ? one : many);

/** Coercion: what a cell holds and whether it obeys its parameter's declared range. */
const COERCION = {
  not_finite: { en: (s) => `${s.value} is not a finite number`, ko: (s) => `${s.value}은(는) 유한한 숫자가 아닙니다` },
  too_large: { en: (s) => `${s.value} is too large to be a number`, ko: (s) => `${s.value}은(는) 숫자로 쓰기에 너무 큽니다` },
  text: { en: (s) => `${s.value} is text, not a number`, ko: (s) => `${s.value}은(는) 숫자가 아닌 텍스트입니다` },
  hidden_history: {
    en: (s) =>
      `${s.value}: Google Sheets does not let add-ins read GOOGLEFINANCE price history (they see #N/A); insert a price history sheet from the Scenario Desk sidebar (Sheets' own formulas compute the volatility and drawdown), or paste the prices as values (Paste special › Values only) and give those cells instead`,
    ko: (s) =>
      `${s.value}: Google Sheets는 부가기능이 GOOGLEFINANCE 가격 이력을 읽지 못하게 합니다(#N/A로 보임). 시나리오 데스크 사이드바에서 가격 이력 시트를 삽입하거나(Sheets 자체 수식이 변동성과 낙폭을 계산), 가격을 값으로 붙여넣고(선택하여 붙여넣기 › 값만) 그 셀들을 대신 주세요`,
  },
  logical: { en: (s) => `${s.value} is a logical value, not a number`, ko: (s) => `${s.value}은(는) 숫자가 아닌 논리값입니다` },
  date: { en: (s) => `${s.value} is a date, not a number`, ko: (s) => `${s.value}은(는) 숫자가 아닌 날짜입니다` },
  nested: {
    en: (s) => `${s.value} is nested inside a range cell; give a single value`,
    ko: (s) => `${s.value}이(가) 범위 셀 안에 들어 있습니다. 값 하나를 주세요`,
  },
  not_number: { en: (s) => `${s.value} is not a number`, ko: (s) => `${s.value}은(는) 숫자가 아닙니다` },
  required: { en: () => 'empty; a value is required', ko: () => '비어 있습니다. 값이 필요합니다' },
  whole: { en: (s) => `${s.value} must be a whole number`, ko: (s) => `${s.value}은(는) 정수여야 합니다` },
  min: {
    en: (s) => `${s.value} must be ${s.op} ${s.bound}${hintEn(s)}`,
    ko: (s) => `${s.value}은(는) ${s.op} ${s.bound}이어야 합니다${hintKo(s)}`,
  },
  max: {
    en: (s) => `${s.value} must be ${s.op} ${s.bound}${hintEn(s)}`,
    ko: (s) => `${s.value}은(는) ${s.op} ${s.bound}이어야 합니다${hintKo(s)}`,
  },
  unit_percent: {
    en: (s) => `${s.value} would be ${s.percent}%${s.of ? ` ${s.of}` : ''}; if you meant ${s.typed}%, write ${s.typed}% or ${s.fix}`,
    ko: (s) =>
      `${s.value}은(는) ${s.of ? `${s.of} ` : ''}${s.percent}%라는 뜻입니다. ${s.typed}%를 뜻했다면 ${s.typed}% 또는 ${s.fix}(으)로 쓰세요`,
  },
  days_date: {
    en: (s) =>
      `${s.value} trading days is about ${s.years} years, likelier a date than a horizon; give the trading days until the date, e.g. NETWORKDAYS(TODAY(), date)`,
    ko: (s) =>
      `${s.value}거래일은 약 ${s.years}년으로, 기간보다는 날짜로 보입니다. 그 날짜까지의 거래일 수를 주세요 (예: NETWORKDAYS(TODAY(), 날짜))`,
  },
  choice: {
    en: (s) => `${s.value} is not one of ${s.choices}`,
    ko: (s) => `${s.value}은(는) ${s.choices} 중 하나가 아닙니다`,
  },
  size_mismatch: {
    en: (s) => `has ${s.cells} cells but ${s.other} has ${s.otherCells}; give ranges of the same size`,
    ko: (s) => `셀이 ${s.cells}개인데 ${s.other}은(는) ${s.otherCells}개입니다. 같은 크기의 범위를 주세요`,
  },
  half_blank: {
    en: (s) => `cell ${s.k} is blank but ${s.other} cell ${s.k} is ${s.otherValue}; fill or clear both`,
    ko: (s) => `셀 ${s.k}이(가) 비어 있지만 ${s.other}의 셀 ${s.k}은(는) ${s.otherValue}입니다. 둘 다 채우거나 둘 다 비우세요`,
  },
  price_positive: {
    en: (s) => `${s.value} must be > 0; prices are positive`,
    ko: (s) => `${s.value}은(는) 0보다 커야 합니다. 가격은 양수입니다`,
  },
  not_square: {
    en: (s) => `is ${s.rows}×${s.cols}; give a square ${s.n}×${s.n} range (one row and column per position)`,
    ko: (s) => `${s.rows}×${s.cols} 범위입니다. 포지션마다 한 행·한 열인 ${s.n}×${s.n} 정사각 범위를 주세요`,
  },
} satisfies Record<string, RuleText>;

/** The engine: shapes, broadcasting and results. */
const ENGINE = {
  too_many_args: {
    en: (s) => `takes at most ${s.max} arguments, got ${s.got}`,
    ko: (s) => `인수는 최대 ${s.max}개인데 ${s.got}개를 받았습니다`,
  },
  overhang: {
    en: (s, p) =>
      `the range has ${p.short === 'rows' ? `${s.size} row${p.size === 1 ? '' : 's'}` : `${s.size} column${p.size === 1 ? '' : 's'}`}, the result has ${s.rows}×${s.cols}; no value for row ${s.i}, column ${s.j}`,
    ko: (s, p) =>
      `범위는 ${s.size}${p.short === 'rows' ? '행' : '열'}인데 결과는 ${s.rows}×${s.cols}입니다. ${s.i}행 ${s.j}열에 해당하는 값이 없습니다`,
  },
  row_block: {
    en: (s) => `returns one row per input; give the inputs as a single column or a single row, not a ${s.rows}×${s.cols} block`,
    ko: (s) => `입력마다 한 행을 돌려줍니다. 입력을 ${s.rows}×${s.cols} 블록이 아닌 한 열 또는 한 행으로 주세요`,
  },
  table_scalar: {
    en: (s, p) =>
      `${s.fn} returns a table, so ${Number(p.count) > 1 ? 'these arguments take' : 'this argument takes'} a single value, not a range`,
    ko: (s) => `${s.fn}은(는) 표를 돌려주므로 이 인수에는 범위가 아닌 값 하나를 주세요`,
  },
  empty_result: { en: () => 'the result is empty', ko: () => '결과가 비어 있습니다' },
  not_finite_result: {
    en: () => 'the result is too large or undefined for these inputs (not a finite number)',
    ko: () => '이 입력으로는 결과가 너무 크거나 정의되지 않습니다 (유한한 숫자가 아님)',
  },
  result_too_large_numbers: {
    en: (s) =>
      `the result would be about ${s.mb} MB (${s.cells} cells), over the 5 MB Excel on the web accepts; split the formula into blocks of at most ${s.rows} rows`,
    ko: (s) => `결과가 약 ${s.mb}MB (${s.cells}개 셀)로, 웹용 Excel이 받는 5MB를 넘습니다. 수식을 ${s.rows}행 이하의 블록으로 나누세요`,
  },
  result_too_large: {
    en: (s) =>
      `the result would be about ${s.mb} MB with ${s.errors} error cells of ${s.cells}, over the 5 MB Excel on the web accepts; fix the inputs the first error names: ${s.first}`,
    ko: (s) =>
      `결과가 약 ${s.mb}MB (${s.cells}개 셀 중 오류 ${s.errors}개)로, 웹용 Excel이 받는 5MB를 넘습니다. 첫 오류가 가리키는 입력을 고치세요: ${s.first}`,
  },
  internal: {
    en: (s) => `could not compute (${s.detail})`,
    ko: (s) => `계산하지 못했습니다 (${s.detail})`,
  },
  no_convergence: {
    en: (s) => `the solver did not converge${s.iterations ? ` in ${s.iterations} iterations` : ''}`,
    ko: (s) => `해법이 수렴하지 않았습니다${s.iterations ? ` (${s.iterations}회 반복)` : ''}`,
  },
} satisfies Record<string, RuleText>;

/** Domain rules of the kernels. */
const DOMAIN = {
  positive: { en: (s) => `${s.value} must be > 0`, ko: (s) => `${s.value}은(는) 0보다 커야 합니다` },
  no_risk: {
    en: (s) => `${s.value} equals entry ${s.entry}; there is no risk per share`,
    ko: (s) => `${s.value}이(가) entry ${s.entry}와(과) 같습니다. 주당 위험이 없습니다`,
  },
  lot_over_risk: {
    en: (s) =>
      `one lot of ${s.lot} between entry ${s.entry} and the stop ${s.value} risks ${s.lotRisk}, more than the ${s.budget} allowed (account × risk_pct); not even one lot fits. Check entry and stop (a date in a cell arrives as its serial number)`,
    ko: (s) =>
      `진입가 ${s.entry}와(과) 손절가 ${s.value} 사이에서 ${s.lot}주 1로트의 위험은 ${s.lotRisk}로, 허용 한도 ${s.budget}(account × risk_pct)보다 큽니다. 1로트도 살 수 없습니다. 진입가와 손절가를 확인하세요 (셀의 날짜는 일련번호로 전달됩니다)`,
  },
  lot_over_weight: {
    en: (s) =>
      `one lot of ${s.lot} at ${s.value} costs ${s.lotValue}, more than the ${s.cap} allowed (account × max_weight); not even one lot fits. Check entry (a date in a cell arrives as its serial number)`,
    ko: (s) =>
      `${s.value}에 ${s.lot}주 1로트는 ${s.lotValue}로, 허용 한도 ${s.cap}(account × max_weight)보다 큽니다. 1로트도 살 수 없습니다. 진입가를 확인하세요 (셀의 날짜는 일련번호로 전달됩니다)`,
  },
  strikes_order: {
    en: (s) => `${s.value} must be above ${s.other} ${s.otherValue}`,
    ko: (s) => `${s.value}은(는) ${s.other} ${s.otherValue}보다 커야 합니다`,
  },
  gordon: {
    en: (s) => `${s.value} must exceed terminal_growth ${s.terminal}; the Gordon terminal value needs r > g`,
    ko: (s) => `${s.value}은(는) terminal_growth ${s.terminal}보다 커야 합니다. 고든 영구가치는 r > g가 필요합니다`,
  },
  reverse_dcf_cash_flow: {
    en: (s) => `${s.value} must be > 0; a reverse DCF needs a positive cash flow`,
    ko: (s) => `${s.value}은(는) 0보다 커야 합니다. 역DCF에는 양의 현금흐름이 필요합니다`,
  },
  no_growth_stage: {
    en: (s) => `${s.value} leaves no stage-one growth to solve for; give years ≥ 1`,
    ko: (s) => `${s.value}이면 풀어야 할 1단계 성장이 없습니다. years를 1 이상으로 주세요`,
  },
  growth_unreachable: {
    en: (s, p) =>
      `${s.value} is outside what any growth from -99% to +1000% gives (${s.low} to ${p.high === Infinity ? 'beyond any double' : s.high}); no implied growth`,
    ko: (s, p) =>
      `${s.value}은(는) -99%~+1000% 성장률로 얻을 수 있는 범위(${s.low} ~ ${p.high === Infinity ? '표현 가능한 최댓값 초과' : s.high}) 밖입니다. 내재 성장률이 없습니다`,
  },
  keep_multiple: {
    en: (s) => `${s.value} must be > 0 to keep the current multiple; give new_pe`,
    ko: (s) => `현재 배수를 유지하려면 ${s.value}은(는) 0보다 커야 합니다. new_pe를 주세요`,
  },
  no_time_value: {
    en: (s) => `${s.value} leaves no time value to imply a volatility from; days must be > 0`,
    ko: (s) => `${s.value}이면 변동성을 역산할 시간가치가 없습니다. days는 0보다 커야 합니다`,
  },
  below_intrinsic: {
    en: (s) => `${s.value} is below the intrinsic value ${s.bound}; no volatility reproduces it`,
    ko: (s) => `${s.value}은(는) 내재가치 ${s.bound}보다 낮습니다. 이 가격을 재현하는 변동성이 없습니다`,
  },
  above_max: {
    en: (s, p) =>
      `${s.value} is at or above the no-arbitrage maximum ${s.bound} (${p.what === 'forward' ? 'the discounted forward of the stock' : 'the discounted strike'})`,
    ko: (s, p) =>
      `${s.value}은(는) 무차익 상한 ${s.bound} (${p.what === 'forward' ? '주식 선도가격의 현재가치' : '행사가의 현재가치'}) 이상입니다`,
  },
  vol_too_high: {
    en: (s) => `${s.value} needs a volatility above ${s.bound} a year; check the inputs`,
    ko: (s) => `${s.value}을(를) 재현하려면 연 변동성이 ${s.bound}를 넘어야 합니다. 입력을 확인하세요`,
  },
  no_scenarios: { en: () => 'no values; give at least one scenario', ko: () => '값이 없습니다. 시나리오를 하나 이상 주세요' },
  probability_range: {
    en: (s) => `${s.value} must be between 0 and 1; probabilities are decimals: 0.6 = 60%`,
    ko: (s) => `${s.value}은(는) 0과 1 사이여야 합니다. 확률은 소수입니다: 0.6 = 60%`,
  },
  probability_sum: {
    en: (s) => `sum to ${s.total}, not 1; probabilities must add up to 1 (within 1e-9)`,
    ko: (s) => `합이 1이 아닌 ${s.total}입니다. 확률의 합은 1이어야 합니다 (오차 1e-9 이내)`,
  },
  likelihood_negative: {
    en: (s) => `${s.value} must be ≥ 0; a likelihood is P(evidence | scenario)`,
    ko: (s) => `${s.value}은(는) 0 이상이어야 합니다. 우도는 P(증거 | 시나리오)입니다`,
  },
  no_evidence: {
    en: () => 'the evidence has probability 0 under every scenario with a prior above 0; no posterior exists',
    ko: () => '사전확률이 0보다 큰 모든 시나리오에서 이 증거의 확률이 0입니다. 사후확률이 없습니다',
  },
  arbitrage_below: {
    en: (s) => `${s.value} is above low_call ${s.lowCall}: the implied probability ${s.prob} is below 0, so the quotes allow arbitrage`,
    ko: (s) => `${s.value}이(가) low_call ${s.lowCall}보다 큽니다. 내재 확률 ${s.prob}이(가) 0 미만이므로 차익거래가 가능한 호가입니다`,
  },
  arbitrage_above: {
    en: (s) =>
      `the spread ${s.spread} costs more than the discounted strike gap: the implied probability ${s.prob} is above 1, so the quotes allow arbitrage`,
    ko: (s) =>
      `스프레드 ${s.spread}이(가) 할인된 행사가 차이보다 비쌉니다. 내재 확률 ${s.prob}이(가) 1을 넘으므로 차익거래가 가능한 호가입니다`,
  },
  too_few_prices: {
    en: (s, p) =>
      `${s.count} ${plural(p.count, 'price', 'prices')} found; at least ${s.need} are needed for a ${p.what === 'drawdown' ? 'drawdown' : 'volatility'}`,
    ko: (s, p) => `가격이 ${s.count}개입니다. ${p.what === 'drawdown' ? '낙폭' : '변동성'} 계산에는 최소 ${s.need}개가 필요합니다`,
  },
} satisfies Record<string, RuleText>;

export const RULES = { ...COERCION, ...ENGINE, ...DOMAIN, ...TRADE_RULES } satisfies Record<string, RuleText>;

export type RuleCode = keyof typeof RULES;
