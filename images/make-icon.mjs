// Draws images/icon.png (128×128 RGBA): a magnifying lens over lines of text with bracketed citation marks.
// No dependencies: pixels are computed with 4×4 supersampling and written as a PNG with node:zlib.
// usage: node images/make-icon.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const N = 128;
const S = 4; // supersamples per axis
const bg = [15, 76, 92];
const paper = [244, 241, 232];
const ink = [120, 132, 140];
const cite = [214, 90, 49];
const lens = [242, 165, 65];

const roundedBox = (x, y, x0, y0, x1, y1, r) => {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
/** Colour of a point (or null = transparent), painter's order. */
function shade(x, y) {
  let c = null;
  if (roundedBox(x, y, 4, 4, 124, 124, 22)) c = bg;
  if (roundedBox(x, y, 22, 18, 92, 108, 6)) c = paper;
  for (let i = 0; i < 6; i++) {
    const ly = 32 + i * 12;
    const len = i % 3 === 2 ? 40 : 56;
    if (roundedBox(x, y, 30, ly, 30 + len, ly + 4, 2)) c = ink;
  }
  // citation marks "(1)" as small orange pills at the end of two lines
  if (roundedBox(x, y, 74, 43, 86, 49, 3) || roundedBox(x, y, 62, 79, 74, 85, 3)) c = cite;
  // lens: ring centred at (84, 78), handle towards the lower right
  const d = Math.hypot(x - 82, y - 76);
  if (d <= 19) c = d >= 14 ? lens : c === null ? null : mix(c, [255, 255, 255], 0.35);
  const t = ((x - 82) + (y - 76)) / 2; // projection on the diagonal
  const off = Math.abs((x - 82) - (y - 76)) / Math.SQRT2;
  if (t * Math.SQRT2 > 19 && t * Math.SQRT2 < 44 && off < 5) c = lens;
  return c;
}
const mix = (a, b, k) => a.map((v, i) => Math.round(v * (1 - k) + b[i] * k));

const raw = Buffer.alloc(N * (N * 4 + 1));
for (let y = 0; y < N; y++) {
  raw[y * (N * 4 + 1)] = 0; // filter: none
  for (let x = 0; x < N; x++) {
    let r = 0, g = 0, b = 0, a = 0;
    for (let sy = 0; sy < S; sy++) for (let sx = 0; sx < S; sx++) {
      const c = shade(x + (sx + 0.5) / S, y + (sy + 0.5) / S);
      if (c) { r += c[0]; g += c[1]; b += c[2]; a++; }
    }
    const o = y * (N * 4 + 1) + 1 + x * 4;
    raw[o] = a ? Math.round(r / a) : 0; raw[o + 1] = a ? Math.round(g / a) : 0; raw[o + 2] = a ? Math.round(b / a) : 0;
    raw[o + 3] = Math.round((a / (S * S)) * 255);
  }
}
const crcTable = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
const crc = (buf) => { let c = 0xffffffff; for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
const chunk = (type, data) => {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const c = Buffer.alloc(4); c.writeUInt32BE(crc(td));
  return Buffer.concat([len, td, c]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(N, 0); ihdr.writeUInt32BE(N, 4); ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
const png = Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
writeFileSync(new URL('./icon.png', import.meta.url), png);
console.log(`images/icon.png: ${png.length} bytes`);
