// Draws media/icon.png (128×128): a review document with a tick, on the extension's banner colour.
// A tiny PNG encoder keeps this offline and dependency-free.
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

const size = 128;
const pixels = Buffer.alloc(size * size * 4);
const set = (x, y, [r, g, b, a = 255]) => {
  if (x < 0 || y < 0 || x >= size || y >= size) return;
  const i = (y * size + x) * 4;
  pixels[i] = r; pixels[i + 1] = g; pixels[i + 2] = b; pixels[i + 3] = a;
};
const rect = (x0, y0, w, h, colour) => { for (let y = y0; y < y0 + h; y++) for (let x = x0; x < x0 + w; x++) set(x, y, colour); };
const banner = [31, 59, 87];
const paper = [250, 250, 247];
const ink = [90, 110, 130];
const green = [56, 158, 92];
// Rounded background.
for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) {
  const dx = Math.max(0, Math.abs(x - 63.5) - 48), dy = Math.max(0, Math.abs(y - 63.5) - 48);
  if (dx * dx + dy * dy <= 16 * 16) set(x, y, banner);
}
rect(30, 18, 60, 86, paper);
for (const [y, w] of [[32, 40], [44, 44], [56, 36], [68, 42], [80, 26]]) rect(40, y, w, 5, ink);
// A tick in a green disc, lower right.
for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) if ((x - 90) ** 2 + (y - 92) ** 2 <= 20 * 20) set(x, y, green);
for (let t = 0; t <= 1; t += 0.005) {
  const line = (x0, y0, x1, y1) => { const x = x0 + (x1 - x0) * t, y = y0 + (y1 - y0) * t; for (let oy = -3; oy <= 3; oy++) for (let ox = -3; ox <= 3; ox++) if (ox * ox + oy * oy <= 9) set(Math.round(x + ox), Math.round(y + oy), paper); };
  line(80, 92, 87, 100); line(87, 100, 101, 83);
}
const raw = Buffer.alloc((size * 4 + 1) * size);
for (let y = 0; y < size; y++) pixels.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
const crcTable = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
const crc = (buf) => { let c = 0xffffffff; for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
const chunk = (type, data) => { const len = Buffer.alloc(4); len.writeUInt32BE(data.length); const body = Buffer.concat([Buffer.from(type), data]); const sum = Buffer.alloc(4); sum.writeUInt32BE(crc(body)); return Buffer.concat([len, body, sum]); };
const header = Buffer.alloc(13);
header.writeUInt32BE(size, 0); header.writeUInt32BE(size, 4); header[8] = 8; header[9] = 6;
writeFileSync('media/icon.png', Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]));
console.log('wrote media/icon.png');
