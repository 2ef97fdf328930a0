/**
 * Errors in the host's language, through the built bundles: Excel words them in
 * `Office.context.displayLanguage` (Korean for any `ko` tag), Sheets in the spreadsheet's locale
 * read inside the call (`SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale()`); English
 * otherwise, and English when the host gives nothing or refuses.
 */
import { callExcel, callSheets, excelArgs, loadExcel, loadSheets } from './load';
import { CATALOG } from '../../shared/catalog';

const office = (displayLanguage: unknown) => ({ Office: { context: { displayLanguage } } });
const spreadsheetApp = (locale: () => string) => ({
  SpreadsheetApp: { getActiveSpreadsheet: () => ({ getSpreadsheetLocale: locale }) },
});

const NO_RISK_EN = 'stop: 180 equals entry 180; there is no risk per share';
const NO_RISK_KO = 'stop: 180이(가) entry 180와(과) 같습니다. 주당 위험이 없습니다';
const args = [100000, 0.02, 180, 180];

function excelMessage(globals: Record<string, unknown>): string {
  const fn = loadExcel(globals).functions.get('POSITION_SIZE')!;
  const out = callExcel(fn, excelArgs(args, 6))[0][0] as { message: string };
  return out.message;
}

function sheetsMessage(globals: Record<string, unknown>): string {
  const out = callSheets(loadSheets(globals), 'POSITION_SIZE', args)[0][0] as { message: string };
  return out.message;
}

describe('Excel: Office.context.displayLanguage', () => {
  test.each([
    ['ko-KR', NO_RISK_KO],
    ['ko', NO_RISK_KO],
    ['en-US', NO_RISK_EN],
    ['de-DE', NO_RISK_EN],
    [undefined, NO_RISK_EN],
  ])('%s', (tag, expected) => expect(excelMessage(office(tag))).toBe(expected));

  test('only CustomFunctions (no Office at all): English', () => expect(excelMessage({})).toBe(NO_RISK_EN));

  test('an array result words every bad cell in Korean too', () => {
    const fn = loadExcel(office('ko-KR')).functions.get('SCENARIO_PROB')!;
    const out = callExcel(fn, excelArgs([100, [[110], ['abc']], 20, 0.3], 7));
    expect(typeof out[0][0]).toBe('number');
    expect(out[1][0]).toEqual({ error: '#VALUE!', message: 'target: "abc"은(는) 숫자가 아닌 텍스트입니다' });
  });
});

describe('Sheets: the spreadsheet locale, read inside the call', () => {
  test.each([
    ['ko_KR', NO_RISK_KO],
    ['ko', NO_RISK_KO],
    ['en_US', NO_RISK_EN],
    ['ja_JP', NO_RISK_EN],
  ])('%s', (locale, expected) => expect(sheetsMessage(spreadsheetApp(() => locale))).toBe(expected));

  test('no SpreadsheetApp, or a locale that throws: English', () => {
    expect(sheetsMessage({})).toBe(NO_RISK_EN);
    expect(
      sheetsMessage(
        spreadsheetApp(() => {
          throw new Error('not allowed');
        }),
      ),
    ).toBe(NO_RISK_EN);
  });

  test('the locale is read at call time (a changed locale changes the next message), and not for a good result', () => {
    let locale = 'en_US';
    let reads = 0;
    const ctx = loadSheets(
      spreadsheetApp(() => {
        reads++;
        return locale;
      }),
    );
    expect((callSheets(ctx, 'POSITION_SIZE', args)[0][0] as { message: string }).message).toBe(NO_RISK_EN);
    locale = 'ko_KR';
    expect((callSheets(ctx, 'POSITION_SIZE', args)[0][0] as { message: string }).message).toBe(NO_RISK_KO);
    const before = reads;
    expect(callSheets(ctx, 'POSITION_SIZE', [100000, 0.02, 180, 171])[0][0]).toBe(222);
    expect(reads).toBe(before);
  });

  test('array results carry Korean error text', () => {
    const out = callSheets(loadSheets(spreadsheetApp(() => 'ko_KR')), 'SCENARIO_PROB', [100, [[110], ['abc']], 20, 0.3]);
    expect(out[1][0]).toEqual({ error: '#VALUE!', message: 'target: "abc"은(는) 숫자가 아닌 텍스트입니다' });
  });
});

test('every catalog function is registered in both bundles in Korean mode too', () => {
  const excel = loadExcel(office('ko-KR'));
  expect(excel.functions.size).toBe(CATALOG.length);
});
