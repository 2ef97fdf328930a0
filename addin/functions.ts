/**
 * Entry of dist/excel/functions.js. Loaded by Excel's shared runtime (via taskpane.html) or, in
 * tests, in a bare context where only `CustomFunctions` exists: it touches no DOM and no Office API.
 * In a plain browser (task pane preview) there is no `CustomFunctions`, and nothing is registered.
 */
import { registerAll } from './adapter';

if (typeof CustomFunctions !== 'undefined') registerAll();
