/** Entry of the Google Sheets sidebar (dist/sheets/Sidebar.html, one self-contained file). */
import { languageOf } from '../../shared/i18n';
import { mountApp } from '../../ui/app';
import { controls } from '../../ui/controls';
import { previewHost } from '../../ui/host';
import { hasScriptRunner, sheetsHost } from './host-sheets';
import './sidebar.css';

async function start(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  if (!hasScriptRunner()) {
    mountApp(root, previewHost, controls('google'), languageOf(navigator.language));
    return;
  }
  const host = sheetsHost();
  let lang = languageOf(navigator.language);
  try {
    lang = (await host.language()) ?? lang;
  } catch {
    // keep the browser's language
  }
  mountApp(root, host, controls('google'), lang);
}

void start();
