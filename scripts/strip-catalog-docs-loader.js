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

const DOC_ONLY = new Set(['examples', 'keywords', 'summary', 'returns', 'description', 'unit', 'label', 'errors', 'kernel', 'text']);

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
    return (root) => ts.visitNode(root, visit);
  };
  const out = ts.transform(file, [transformer]);
  const text = ts.createPrinter().printFile(out.transformed[0]);
  out.dispose();
  return text;
};
