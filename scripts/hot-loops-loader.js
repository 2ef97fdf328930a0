/**
 * Webpack loader for shared/engine.ts in the two runtime bundles (dist/excel/functions.js and
 * dist/sheets/Code.js): adds HOT_LOOP_COPIES textual copies of the engine's scalar broadcast loop
 * (`function scalarColumns`) and lists them in `SCALAR_LOOPS`, which the source declares as
 * `[scalarColumns]`. V8 keeps type feedback per function in the source, so a loop shared by every
 * function sees every implementation at its call site and every record shape at its stores, and
 * stops inlining; a copy that serves one function (FunctionSpec.hot) sees one. The copies are the
 * same code under another name, so results do not change; jest runs the source as written, and
 * test/build-output.test.ts checks the bundles' copies and their answers. It works on the
 * TypeScript syntax tree, and fails the build when either declaration is missing or changed shape.
 */
const ts = require('typescript');

const HOT_LOOP_COPIES = 8;
const LOOP = 'scalarColumns';
const LIST = 'SCALAR_LOOPS';

function hotLoops(source) {
  const file = ts.createSourceFile(this?.resourcePath ?? 'engine.ts', source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  let loop = null;
  let list = null;
  for (const st of file.statements) {
    if (ts.isFunctionDeclaration(st) && st.name?.text === LOOP) loop = st;
    if (ts.isVariableStatement(st))
      for (const d of st.declarationList.declarations)
        if (ts.isIdentifier(d.name) && d.name.text === LIST && d.initializer && ts.isArrayLiteralExpression(d.initializer))
          list = d.initializer;
  }
  const listed = list?.elements.map((e) => e.getText(file)).join(',');
  if (!loop || !list || listed !== LOOP)
    throw new Error(
      `hot-loops-loader: expected \`function ${LOOP}\` and \`const ${LIST} = [${LOOP}]\` at the top level of ${this?.resourcePath}`,
    );
  const text = source.slice(loop.getStart(file), loop.end);
  const names = Array.from({ length: HOT_LOOP_COPIES }, (_, k) => `${LOOP}Hot${k + 1}`);
  const copies = names.map((name) => '\n' + text.replace(`function ${LOOP}(`, `function ${name}(`)).join('\n');
  // Later edits first, so the earlier offsets stay valid.
  let out = source.slice(0, list.getStart(file)) + `[${[LOOP, ...names].join(', ')}]` + source.slice(list.end);
  out = out.slice(0, loop.end) + '\n' + copies + out.slice(loop.end);
  return out;
}

module.exports = hotLoops;
module.exports.HOT_LOOP_COPIES = HOT_LOOP_COPIES;
