// A compact binary-to-text encoding for inlining the wasm into the HTML: every 6 bytes (48 bits)
// become 7 ASCII characters, the 48-bit number written in base 125 (125^7 > 2^48), so the text is
// 7/6 ≈ 1.17× the bytes instead of base64's 1.33×. The 125 digits are the ASCII characters except
// the three that HTML would alter or that could end the <script> element: NUL, CR and '<'.
// Pure ASCII matters: Chromium parses an all-ASCII text node about twice as fast as one with a few
// non-Latin-1 characters (which the earlier base-122-style encoding had), and the HTML parser is
// what the page waits for. `encode` runs at build time (node), `decode` in the worker.

const ILLEGAL = [0, 13, 60];
const DIGITS = [];
for (let c = 0; c < 128; c++) if (!ILLEGAL.includes(c)) DIGITS.push(c);
const RADIX = DIGITS.length; // 125
const VALUE = new Uint8Array(128);
DIGITS.forEach((c, d) => (VALUE[c] = d));
const GROUP = 6; // bytes per group
const CHARS = 7; // characters per group
const TWO24 = 16777216;

/** Bytes → string (7 characters per 6 bytes, the last group zero-padded). */
export function encode(bytes) {
  const groups = Math.ceil(bytes.length / GROUP);
  const parts = [];
  let codes = [];
  for (let g = 0; g < groups; g++) {
    const at = g * GROUP;
    const b = (i) => (at + i < bytes.length ? bytes[at + i] : 0);
    let v = (b(0) * 65536 + b(1) * 256 + b(2)) * TWO24 + (b(3) * 65536 + b(4) * 256 + b(5));
    const digits = new Array(CHARS);
    for (let i = CHARS - 1; i >= 0; i--) {
      const d = v % RADIX;
      digits[i] = DIGITS[d];
      v = (v - d) / RADIX;
    }
    codes.push(...digits);
    if (codes.length >= 8190) {
      parts.push(String.fromCharCode(...codes));
      codes = [];
    }
  }
  parts.push(String.fromCharCode(...codes));
  return parts.join('');
}

/** String (from `encode`) → the original `length` bytes. One tight loop: it runs over ~6 M chars. */
export function decode(text, length) {
  const groups = Math.ceil(length / GROUP);
  const out = new Uint8Array(groups * GROUP);
  const value = VALUE;
  for (let g = 0, i = 0, o = 0; g < groups; g++, i += CHARS, o += GROUP) {
    // At most 125^7 - 1 < 2^53: exact in a double.
    let v = value[text.charCodeAt(i)];
    v = v * RADIX + value[text.charCodeAt(i + 1)];
    v = v * RADIX + value[text.charCodeAt(i + 2)];
    v = v * RADIX + value[text.charCodeAt(i + 3)];
    v = v * RADIX + value[text.charCodeAt(i + 4)];
    v = v * RADIX + value[text.charCodeAt(i + 5)];
    v = v * RADIX + value[text.charCodeAt(i + 6)];
    const hi = Math.floor(v / TWO24);
    const lo = v - hi * TWO24;
    out[o] = hi >>> 16;
    out[o + 1] = hi >>> 8;
    out[o + 2] = hi;
    out[o + 3] = lo >>> 16;
    out[o + 4] = lo >>> 8;
    out[o + 5] = lo;
  }
  return groups * GROUP === length ? out : out.subarray(0, length);
}
