/**
 * A chart from shared/charts.ts drawn as SVG: elements and attributes only (no inline styles, no
 * markup strings), so it runs under the Excel pane's CSP and in the Sheets sidebar's one file.
 * Colours come from layout.css classes. The text alternative is the chart's sentence (role img,
 * aria-label and <title>); the numbers drawn are data-* attributes.
 */
import type { Chart } from '../shared/charts';

const SVG = 'http://www.w3.org/2000/svg';

function svgEl(tag: string, attrs: Record<string, string | number>): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

export function chartNode(chart: Chart, id: string): SVGElement {
  const svg = svgEl('svg', { id, class: 'chart', viewBox: `0 0 ${chart.width} ${chart.height}`, role: 'img', 'aria-label': chart.alt });
  for (const [k, v] of Object.entries(chart.data)) svg.setAttribute(`data-${k.replace(/_/g, '-')}`, String(v));
  const title = svgEl('title', {});
  title.textContent = chart.alt;
  svg.append(title);
  for (const s of chart.shapes) {
    if (s.kind === 'path') svg.append(svgEl('path', { d: s.d, class: s.cls }));
    else if (s.kind === 'rect') svg.append(svgEl('rect', { x: s.x, y: s.y, width: Math.max(0, s.w), height: s.h, class: s.cls }));
    else if (s.kind === 'line') svg.append(svgEl('line', { x1: s.x1, y1: s.y1, x2: s.x2, y2: s.y2, class: s.cls }));
    else {
      const t = svgEl('text', { x: s.x, y: s.y, 'text-anchor': s.anchor, class: s.cls });
      t.textContent = s.text;
      svg.append(t);
    }
  }
  return svg;
}
