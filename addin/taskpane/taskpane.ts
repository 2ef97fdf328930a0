/**
 * Entry of the Excel task pane (dist/excel/taskpane.html). Inside Excel it talks to the workbook
 * through Office.js; opened in a plain browser it runs in preview mode.
 */
import { fluentButton, provideFluentDesignSystem } from '@fluentui/web-components';
import { languageOf } from '../../shared/i18n';
import { excelHost } from './host-excel';
import { mountApp } from '../../ui/app';
import { controls } from '../../ui/controls';
import { previewHost } from '../../ui/host';
import './taskpane.css';

provideFluentDesignSystem().register(fluentButton());

function start(): void {
  const root = document.getElementById('app');
  if (!root) return;
  const office = (globalThis as { Office?: typeof Office }).Office;
  const browserLang = languageOf(navigator.language);
  if (!office || typeof office.onReady !== 'function') {
    mountApp(root, previewHost, controls('fluent'), browserLang);
    return;
  }
  void office.onReady((info) => {
    if (info.host === office.HostType.Excel) {
      const display = office.context?.displayLanguage;
      mountApp(root, excelHost(display), controls('fluent'), display ? languageOf(display) : browserLang);
    } else {
      mountApp(root, previewHost, controls('fluent'), browserLang);
    }
  });
}

start();
