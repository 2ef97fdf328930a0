// Webpack loader for @microsoft/fast-element (under Fluent UI web components): its globalThis
// polyfill ends in `new Function("return this")()`, dead code in every host that runs the pane
// (all have globalThis) and blocked by our CSP anyway. Removing it keeps dynamic code out of the bundle.
module.exports = function stripGlobalEval(source) {
  return source.replace(/new Function\("return this"\)\(\)/g, 'undefined');
};
