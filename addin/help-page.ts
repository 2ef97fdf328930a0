/**
 * functions.html: docs/functions.md as a standalone page the build serves beside the task pane, so
 * the `helpUrl` of every function in functions.json (https://localhost:3000/functions.html#name,
 * rewritten by a production build) opens its full help. It renders only the Markdown that
 * docs/generate.ts writes: headings (with GitHub's anchors), paragraphs, lists, pipe tables, `code`,
 * **bold**, *emphasis*, [links](#anchor), <br> and comments. Everything else is escaped as text.
 */

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens. */
export function slug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}

/** Inline Markdown: code spans first (their content stays literal), then bold, emphasis, links, <br>. */
export function inline(text: string): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part) => {
      if (part.startsWith('`') && part.endsWith('`') && part.length >= 2) return `<code>${escapeHtml(part.slice(1, -1))}</code>`;
      return escapeHtml(part.replace(/\\\|/g, '|'))
        .replace(/&lt;br&gt;/g, '<br>')
        .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
        .replace(/(^|[^*\w])\*([^*\s][^*]*)\*(?!\w)/g, '$1<em>$2</em>')
        .replace(/\[([^\]]+)\]\((#[\w-]+|https:\/\/[^\s)"]+)\)/g, '<a href="$2">$1</a>');
    })
    .join('');
}

/** Splits a table row on unescaped pipes. */
const cells = (row: string): string[] =>
  row
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());

export function markdownToHtml(markdown: string): string {
  const lines = markdown.replace(/<!--[\s\S]*?-->/g, '').split('\n');
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (!line.trim()) {
      i++;
    } else if (heading) {
      const level = heading[1].length;
      out.push(`<h${level} id="${slug(heading[2])}">${inline(heading[2])}</h${level}>`);
      i++;
    } else if (line.startsWith('|')) {
      const rows: string[][] = [];
      while (i < lines.length && lines[i].startsWith('|')) rows.push(cells(lines[i++]));
      const [head, , ...body] = rows;
      out.push(
        '<table>',
        `<thead><tr>${head.map((c) => `<th>${inline(c)}</th>`).join('')}</tr></thead>`,
        '<tbody>',
        ...body.map((r) => `<tr>${r.map((c) => `<td>${inline(c)}</td>`).join('')}</tr>`),
        '</tbody>',
        '</table>',
      );
    } else if (/^[-*]\s/.test(line)) {
      const items: string[] = [];
      while (i < lines.length && /^[-*]\s/.test(lines[i])) items.push(lines[i++].replace(/^[-*]\s+/, ''));
      out.push('<ul>', ...items.map((item) => `<li>${inline(item)}</li>`), '</ul>');
    } else {
      const para: string[] = [];
      while (i < lines.length && lines[i].trim() && !/^(#{1,6}\s|\||[-*]\s)/.test(lines[i])) para.push(lines[i++]);
      out.push(`<p>${inline(para.join(' '))}</p>`);
    }
  }
  return out.join('\n');
}

const STYLE = `body{font:14px/1.5 "Segoe UI",system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem 1.5rem;color:#242424}
h1{font-size:1.6rem}h2{margin-top:2.5rem;border-bottom:1px solid #d1d1d1}h3{margin-top:2rem;color:#0f6cbd}
:target{background:#ebf3fc}table{border-collapse:collapse;margin:.5rem 0;font-size:13px}
th,td{border:1px solid #d1d1d1;padding:.25rem .5rem;text-align:left;vertical-align:top}
code{font-family:Consolas,monospace;background:#f5f5f5;padding:0 .2em}`;

/** The whole page: docs/functions.md rendered, self-contained (no script, inline style). */
export function functionsHtml(markdown: string): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>Scenario Desk functions · 함수 목록</title>',
    `<style>\n${STYLE}\n</style>`,
    '</head>',
    '<body>',
    markdownToHtml(markdown),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
