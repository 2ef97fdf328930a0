/**
 * Minimal task pane: the function reference generated from the catalog, in English or Korean.
 * Works inside Excel (Office.onReady) and, outside Office, in a plain browser (preview mode).
 */
import { CATALOG } from '../../shared/catalog';
import { formula, functionHelp, paramHelp, syntax, type Lang } from '../../shared/catalog/describe';
import { evaluate } from '../../shared/engine';
import './taskpane.css';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (cls) node.className = cls;
  return node;
}

function render(lang: Lang, inOffice: boolean): void {
  const app = document.getElementById('app');
  if (!app) return;
  app.replaceChildren();
  const header = el('header');
  header.append(el('h1', lang === 'ko' ? '시나리오 데스크' : 'Scenario Desk'));
  const toggle = el('button', lang === 'ko' ? 'English' : '한국어', 'lang');
  toggle.type = 'button';
  toggle.addEventListener('click', () => render(lang === 'ko' ? 'en' : 'ko', inOffice));
  header.append(toggle);
  app.append(header);
  const status = el(
    'p',
    inOffice
      ? lang === 'ko'
        ? 'Excel에 연결됨. 셀에 =DESK. 를 입력하세요.'
        : 'Connected to Excel. Type =DESK. in a cell.'
      : lang === 'ko'
        ? '미리보기: Office 밖에서 열렸습니다.'
        : 'Preview: opened outside Office.',
    'status',
  );
  status.id = 'status';
  app.append(status);
  for (const spec of CATALOG) {
    const card = el('section', undefined, 'fn');
    card.append(el('h2', spec.name));
    card.append(el('code', syntax(spec, 'DESK.')));
    card.append(el('p', functionHelp(spec, lang)));
    const list = el('ul');
    for (const p of spec.params) {
      const item = el('li');
      item.append(el('strong', p.name), document.createTextNode(` — ${paramHelp(p, lang)}`));
      list.append(item);
    }
    card.append(list);
    const ex = spec.examples[0];
    const value = evaluate(spec, ex.args).cells[0][0];
    card.append(
      el(
        'p',
        `${formula(spec, ex.args, 'DESK.')} → ${typeof value === 'number' ? value.toPrecision(6) : value === null ? '' : value.message}`,
        'example',
      ),
    );
    app.append(card);
  }
}

function start(): void {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (office && typeof office.onReady === 'function') {
    void office.onReady((info) => {
      const lang: Lang = office.context?.displayLanguage?.toLowerCase().startsWith('ko') ? 'ko' : 'en';
      render(lang, Boolean(info.host));
    });
  } else {
    render(navigator.language.toLowerCase().startsWith('ko') ? 'ko' : 'en', false);
  }
}

start();
