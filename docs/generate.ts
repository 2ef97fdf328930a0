/**
 * Generates docs/functions.md from the catalog: syntax in both hosts, every parameter with its unit
 * and valid range, examples with their results (computed by the engine), and the errors each
 * function can give. `npm run docs` rewrites the file; a test fails when the committed one is stale.
 */
import * as fs from 'fs';
import * as path from 'path';
import { CATALOG } from '../shared/catalog';
import { CATEGORIES } from '../shared/catalog/categories';
import { defaultText, mistakeText, ruleText } from '../shared/catalog/describe';
import { isRangeParam, type FunctionSpec, type ParamSpec } from '../shared/catalog/types';
import { evaluate } from '../shared/engine';
import { showCell } from '../shared/format';
import { excelPrefix, formula, syntax } from '../shared/formula';

/** Section titles from the one list of families (shared/catalog/categories.ts): "Scenarios · 시나리오". */
const CATEGORY_TITLES: Record<string, string> = Object.fromEntries(
  Object.entries(CATEGORIES).map(([key, title]) => [key, `${title.en} · ${title.ko}`]),
);

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function kindText(p: ParamSpec): string {
  if (isRangeParam(p)) return 'range';
  if (p.kind === 'option') return 'text';
  return p.kind === 'integer' ? 'whole number' : 'number';
}

function showResult(spec: FunctionSpec, args: readonly unknown[]): string {
  const r = evaluate(spec, args);
  if (r.rows === 1 && r.cols === 1) return showCell(r.cells[0][0]);
  return r.cells.map((row) => row.map((c) => showCell(c)).join(', ')).join('; ');
}

function errorsOf(spec: FunctionSpec): string[] {
  const required = spec.params.filter((p) => !p.optional).map((p) => `\`${p.name}\``);
  const out: string[] = [];
  if (required.length) out.push(`A required argument missing or blank (${required.join(', ')}).`);
  if (spec.params.some((p) => p.kind === 'number' || p.kind === 'integer' || isRangeParam(p))) {
    out.push('Text that is not a number or a percentage, a logical value or a date where a number belongs.');
  }
  if (spec.params.some((p) => p.min !== undefined || p.max !== undefined || p.kind === 'integer'))
    out.push('An argument outside its valid range (the *valid* column above).');
  for (const p of spec.params.filter((q) => q.mistake)) {
    const fix =
      p.mistake?.kind === 'date'
        ? 'the message asks for the trading days until the date'
        : 'read as a unit mistake; the message gives the fix (e.g. "write 4% or 0.04")';
    const m = p.mistake;
    const when = m?.atLeast !== undefined ? `≥ ${m.atLeast}` : `> ${m?.above}`;
    const size = p.min !== undefined && p.min >= 0 ? `\`${p.name}\`` : `|\`${p.name}\`|`;
    out.push(`${size} ${when}: ${fix}. Why: ${mistakeText(p, 'en')}. · ${mistakeText(p, 'ko')}.`);
  }
  for (const p of spec.params.filter((q) => q.kind === 'option'))
    out.push(`\`${p.name}\` not one of ${(p.choices ?? []).map((c) => `"${c.value}"`).join(', ')}.`);
  for (const e of spec.errors ?? []) out.push(`${e[0].toUpperCase()}${e.slice(1)}.`);
  out.push('`#N/A`: a cell beyond the end of a shorter range when ranges of different sizes are combined.');
  return out;
}

export function functionSection(spec: FunctionSpec): string {
  const lines: string[] = [];
  lines.push(`### ${spec.name}`, '', spec.summary.en, '', spec.summary.ko, '');
  lines.push(
    `- Excel: \`${syntax(spec, excelPrefix)}\``,
    `- Google Sheets: \`${syntax(spec)}\``,
    `- Returns · 결과: ${spec.returns.en} · ${spec.returns.ko}`,
  );
  if (spec.result.kind !== 'scalar' && spec.result.columns) {
    lines.push(`- Columns: ${spec.result.columns.map((c) => `${c.en} (${c.ko})`).join(' | ')}`);
  }
  lines.push('', '| parameter | type | unit | valid | default | description |', '|---|---|---|---|---|---|');
  for (const p of spec.params) {
    lines.push(
      `| \`${p.name}\` | ${kindText(p)} | ${cell(p.unit.en)} · ${cell(p.unit.ko)} | ${cell(ruleText(p)) || '—'} | ${p.optional ? cell(defaultText(p)) : 'required'} | ${cell(p.description.en)}<br>${cell(p.description.ko)} |`,
    );
  }
  lines.push('', '**Examples · 예시**', '');
  for (const ex of spec.examples) {
    lines.push(`- \`${formula(spec, ex.args)}\` → \`${showResult(spec, ex.args)}\`${ex.text ? ` — ${ex.text.en} · ${ex.text.ko}` : ''}`);
  }
  lines.push(
    '',
    '**Errors · 오류** (each a `#VALUE!` in Excel, `#ERROR!` or `#VALUE!` text in Sheets, whose message names the argument, the value and the rule)',
    '',
  );
  for (const e of errorsOf(spec)) lines.push(`- ${e}`);
  return lines.join('\n');
}

export function functionsMarkdown(catalog: readonly FunctionSpec[] = CATALOG): string {
  const parts = [
    '# Scenario Desk functions · 함수 목록',
    '',
    '<!-- Generated from the catalog by `npm run docs` (docs/generate.ts). Do not edit by hand. -->',
    '',
    'Conventions: rates, returns, volatilities and probabilities are decimals (5% = 0.05); `days` are trading days, 252 to the year unless `year_days` says otherwise. In Excel the functions live under the `DESK` namespace (`=DESK.POSITION_SIZE(...)`); in Google Sheets they are bare (`=POSITION_SIZE(...)`). Any argument can be a range: the result then spills with one value per cell (a range of size 1 stretches; cells beyond a shorter range are `#N/A`).',
    '',
    '규칙: 수익률·변동성·확률은 소수로 입력합니다 (5% = 0.05). `days`는 거래일이며 1년은 252일입니다. Excel에서는 `DESK` 네임스페이스(`=DESK.POSITION_SIZE(...)`), Google Sheets에서는 이름만(`=POSITION_SIZE(...)`) 씁니다. 모든 인수에 범위를 넣으면 결과가 셀마다 계산되어 펼쳐집니다.',
    '',
    '**How errors show.** Excel: `#VALUE!` (or `#N/A` beyond a shorter range) with the message, cell by cell inside a spilled range. Google Sheets: `#ERROR!` with the message when the whole result fails; inside an array that also holds numbers a bad cell is the text `#VALUE! <message>` (or `#N/A <message>`), which `ISERROR`/`IFERROR` miss and `SUM` skips, so test it with `ISTEXT` or `LEFT(cell, 1) = "#"`. A result with no number in it is one error (the first) in both hosts. Each function lists its errors below; a value read as a unit mistake (e.g. a rate of 4 for 4%) is an error whose message gives the fix, and the bound and why it holds are listed with it.',
    '',
    '**오류 표시.** Excel: 메시지가 붙은 `#VALUE!` (짧은 범위를 넘는 셀은 `#N/A`), 펼쳐진 범위에서는 셀마다 표시됩니다. Google Sheets: 결과 전체가 실패하면 메시지가 붙은 `#ERROR!`, 숫자와 함께 있는 배열 안의 오류 셀은 `#VALUE! <메시지>` 텍스트입니다. `ISERROR`/`IFERROR`가 잡지 못하고 `SUM`은 건너뛰므로 `ISTEXT` 또는 `LEFT(셀, 1) = "#"`로 확인하세요. 숫자가 하나도 없는 결과는 두 호스트 모두 첫 오류 하나로 표시됩니다. 단위 실수로 보이는 값(예: 4%를 뜻한 이율 4)은 고치는 방법을 알려 주는 오류입니다.',
    '',
  ];
  const categories = [...new Set(catalog.map((f) => f.category))];
  parts.push('| function | what it returns |', '|---|---|');
  for (const f of catalog) parts.push(`| [${f.name}](#${f.name.toLowerCase()}) | ${cell(f.summary.en)} |`);
  for (const c of categories) {
    parts.push('', `## ${CATEGORY_TITLES[c] ?? c}`, '');
    for (const f of catalog.filter((x) => x.category === c)) parts.push(functionSection(f), '');
  }
  return (
    parts
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}

if (require.main === module) {
  const file = path.join(__dirname, 'functions.md');
  fs.writeFileSync(file, functionsMarkdown());
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
