/**
 * Webpack loader for the two runtime bundles (dist/excel/functions.js and dist/sheets/Code.js):
 * drops the catalog's documentation-only properties (examples, keywords, descriptions, units,
 * labels, summaries…) from object literals in shared/catalog/*.ts. The engine reads only a
 * definition's name, parameters' rules (kind, optional, default, range, hint, choices' values and
 * aliases, pairing, days → years) and its result shape; everything the user reads in Insert
 * Function or autocomplete comes from the generated functions.json and Apps Script JSDoc, and the
 * panes bundle the full catalog. It works on the TypeScript syntax tree (not text), and a test
 * (test/build-output.test.ts) checks the bundles still answer every catalog example.
 */
const ts = require('typescript');

const DOC_ONLY = new Set([
  'examples',
  'keywords',
  'summary',
  'returns',
  'description',
  'unit',
  'label',
  'errors',
  'kernel',
  'text',
  'units',
]);

/** Names an expression or statement refers to (every identifier but those being declared). */
function referenced(node, out = new Set()) {
  if (ts.isIdentifier(node)) out.add(node.text);
  ts.forEachChild(node, (child) => {
    if (ts.isVariableDeclaration(node) && child === node.name) return;
    referenced(child, out);
  });
  return out;
}

/**
 * Drops the file's own top-level `const`s (not exported) that nothing refers to any more, such as a
 * source text shared by several examples; repeated until none is left, since one may feed another.
 */
function dropUnusedConsts(file) {
  let statements = [...file.statements];
  for (;;) {
    const used = new Set();
    for (const st of statements) referenced(st, used);
    const unused = (st) =>
      ts.isVariableStatement(st) &&
      !(st.modifiers ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword) &&
      st.declarationList.declarations.every((d) => ts.isIdentifier(d.name) && !used.has(d.name.text));
    const kept = statements.filter((st) => !unused(st));
    if (kept.length === statements.length) break;
    statements = kept;
  }
  return ts.factory.updateSourceFile(file, statements);
}

module.exports = function stripCatalogDocs(source) {
  const file = ts.createSourceFile(this.resourcePath, source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const transformer = (context) => {
    const visit = (node) => {
      if (ts.isObjectLiteralExpression(node)) {
        const kept = node.properties.filter(
          (p) => !(ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && DOC_ONLY.has(p.name.text)),
        );
        return ts.factory.updateObjectLiteralExpression(
          node,
          kept.map((p) => ts.visitEachChild(p, visit, context)),
        );
      }
      return ts.visitEachChild(node, visit, context);
    };
    return (root) => dropUnusedConsts(ts.visitNode(root, visit));
  };
  const out = ts.transform(file, [transformer]);
  const text = ts.createPrinter().printFile(out.transformed[0]);
  out.dispose();
  return text;
};
