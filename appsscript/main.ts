/**
 * Entry of dist/sheets/Code.js. Webpack exposes these exports as the global `ScenarioDesk`; the
 * generated top-level functions appended after it (custom functions, menu and sidebar entry
 * points) call into it. Nothing here touches an Apps Script service at load time.
 */
export { callFunction as call } from './adapter';
export {
  addSheet,
  insertFormula,
  insertModelSheet,
  loadSetting,
  locale,
  modelLayout,
  onOpen,
  saveSetting,
  selection,
  showSidebar,
} from './server';
