/**
 * Entry of dist/sheets/Code.js. Webpack exposes these exports as the global `ScenarioDesk`; the
 * generated top-level custom-function stubs appended after it call `ScenarioDesk.call`. Nothing
 * here touches an Apps Script service at load time.
 */
export { callFunction as call } from './adapter';
