/** UI text for the task pane and the sidebar, in English and Korean. */
import type { Lang } from './catalog/describe';

const EN = {
  title: 'Scenario Desk',
  switchLanguage: '한국어',
  switchLanguageLabel: 'Switch the language to Korean',
  tabLookup: 'Functions',
  tabCalculator: 'Calculator',
  tabPlaybook: 'Playbook',
  searchLabel: 'Search functions',
  searchPlaceholder: 'name, keyword or description (e.g. drawdown, risk)',
  noResults: 'No function matches.',
  example: 'Example',
  result: 'Result',
  insert: 'Insert',
  tryIt: 'Try it',
  parameters: 'Parameters',
  optional: 'optional',
  defaultIs: 'default',
  functionLabel: 'Function',
  calculatorHint: 'The result updates as you type, computed by the same core as the cell.',
  insertFormula: 'Insert as formula',
  vectorHint: 'numbers separated by commas or new lines',
  playbookIntro: 'Scenarios and investor profiles from the column on the AI-infrastructure build-out (2–4 week horizon).',
  segment: 'Segment',
  tickers: 'Tickers',
  view: 'View',
  probability: 'Probability',
  profile: 'Profile',
  cashFloor: 'Cash floor',
  riskPerPosition: 'Risk per position',
  maxWeight: 'Max weight',
  hedges: 'Hedges',
  insertModel: 'Insert model sheet',
  insertedModel: 'Added the sheet',
  inserted: 'Inserted into',
  occupied: 'is not empty. Overwrite it?',
  overwrite: 'Overwrite',
  cancel: 'Cancel',
  cancelled: 'Nothing was changed.',
  previewMode:
    'Preview: opened outside Excel and Google Sheets. Lookup, calculator and playbook work; inserting needs the add-in inside a spreadsheet.',
  connectedExcel: 'Connected to Excel. Functions are under DESK. (e.g. =DESK.POSITION_SIZE).',
  connectedSheets: 'Connected to Google Sheets.',
  hostError: 'The spreadsheet reported an error:',
};

export type UiText = typeof EN;

const KO: UiText = {
  title: '시나리오 데스크',
  switchLanguage: 'English',
  switchLanguageLabel: '언어를 영어로 바꾸기',
  tabLookup: '함수',
  tabCalculator: '계산기',
  tabPlaybook: '플레이북',
  searchLabel: '함수 검색',
  searchPlaceholder: '이름, 키워드 또는 설명 (예: 드로다운, 위험)',
  noResults: '일치하는 함수가 없습니다.',
  example: '예시',
  result: '결과',
  insert: '삽입',
  tryIt: '계산해 보기',
  parameters: '인수',
  optional: '선택',
  defaultIs: '기본값',
  functionLabel: '함수',
  calculatorHint: '입력하는 대로 셀과 같은 코어로 결과를 계산합니다.',
  insertFormula: '수식으로 삽입',
  vectorHint: '쉼표 또는 줄바꿈으로 구분한 숫자',
  playbookIntro: 'AI 인프라 투자 칼럼의 시나리오와 투자자 유형 (2~4주 기간).',
  segment: '섹터',
  tickers: '종목',
  view: '전망',
  probability: '확률',
  profile: '유형',
  cashFloor: '최소 현금',
  riskPerPosition: '포지션당 위험',
  maxWeight: '최대 비중',
  hedges: '헤지',
  insertModel: '모델 시트 삽입',
  insertedModel: '시트를 추가했습니다',
  inserted: '삽입 위치',
  occupied: '셀이 비어 있지 않습니다. 덮어쓸까요?',
  overwrite: '덮어쓰기',
  cancel: '취소',
  cancelled: '변경하지 않았습니다.',
  previewMode: '미리보기: Excel·Google Sheets 밖에서 열렸습니다. 검색, 계산기, 플레이북은 동작하며, 삽입은 스프레드시트 안에서만 됩니다.',
  connectedExcel: 'Excel에 연결됨. 함수는 DESK. 아래에 있습니다 (예: =DESK.POSITION_SIZE).',
  connectedSheets: 'Google Sheets에 연결됨.',
  hostError: '스프레드시트 오류:',
};

export function uiText(lang: Lang): UiText {
  return lang === 'ko' ? KO : EN;
}

/** A host's language tag ("ko-KR", "ko_KR", "en-US") as one of ours. */
export function languageOf(tag: string | null | undefined): Lang {
  return typeof tag === 'string' && tag.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}
