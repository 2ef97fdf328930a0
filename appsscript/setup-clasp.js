/**
 * Writes .clasp.json for `npm run push:sheets`. Usage:
 *   npm run sheets:setup -- <scriptId>     bind to an existing Apps Script project
 * (find the id in the Apps Script editor: Project Settings > IDs). To create a new spreadsheet with
 * a bound script instead: npx clasp login && npx clasp create --type sheets --title "Scenario Desk" --rootDir dist/sheets
 */
const fs = require('fs');
const path = require('path');

const scriptId = process.argv[2];
if (!scriptId || !/^[\w-]{20,}$/.test(scriptId)) {
  console.error('usage: npm run sheets:setup -- <scriptId>   (Apps Script editor > Project Settings > Script ID)');
  process.exit(2);
}
const file = path.resolve(__dirname, '..', '.clasp.json');
fs.writeFileSync(file, JSON.stringify({ scriptId, rootDir: 'dist/sheets' }, null, 2) + '\n');
console.log(`wrote ${file}; now: npx clasp login (once), then npm run push:sheets`);
