// Draws the add-in icons (a rising scenario line on a blue tile) as PNGs with no dependencies.
// Run: node addin/assets/make-icons.js   (the PNGs are committed; the build copies them)
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

function crc32(buf) {
  let c,
    crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x + 0.5, y + 0.5, size);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
      raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function distToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax,
    dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

function icon(x, y, s) {
  const u = x / s,
    v = y / s;
  const r = 0.18; // corner radius
  const cx = Math.min(Math.max(u, r), 1 - r),
    cy = Math.min(Math.max(v, r), 1 - r);
  if (Math.hypot(u - cx, v - cy) > r) return [0, 0, 0, 0];
  const line = [
    [0.16, 0.74],
    [0.4, 0.52],
    [0.56, 0.62],
    [0.84, 0.28],
  ];
  let d = Infinity;
  for (let i = 0; i < line.length - 1; i++) d = Math.min(d, distToSegment(u, v, ...line[i], ...line[i + 1]));
  const w = Math.max(0.055, 1.2 / s);
  if (d < w || Math.hypot(u - 0.84, v - 0.28) < w * 1.8) return [255, 255, 255, 255];
  if (v > 0.8 && v < 0.84 && u > 0.16 && u < 0.84) return [170, 205, 240, 255];
  return [15, 108, 189, 255];
}

// The outline icon of the unified manifest (manifest.json): the same tile and line in white on a
// transparent background, 32x32; its color icon is icon-192.png.
function outline(x, y, s) {
  const u = x / s,
    v = y / s;
  const r = 0.18;
  const cx = Math.min(Math.max(u, r), 1 - r),
    cy = Math.min(Math.max(v, r), 1 - r);
  const edge = Math.hypot(u - cx, v - cy);
  const w = 1.5 / s;
  if (edge > r || (edge > r - w && Math.min(u, v, 1 - u, 1 - v) < r)) return edge > r ? [0, 0, 0, 0] : [255, 255, 255, 255];
  if (Math.min(u, v, 1 - u, 1 - v) < w) return [255, 255, 255, 255];
  const [red, , , alpha] = icon(x, y, s);
  return red === 255 && alpha === 255 ? [255, 255, 255, 255] : [0, 0, 0, 0];
}

for (const size of [16, 32, 64, 80, 128, 192]) fs.writeFileSync(path.join(__dirname, `icon-${size}.png`), png(size, icon));
fs.writeFileSync(path.join(__dirname, 'icon-outline-32.png'), png(32, outline));
