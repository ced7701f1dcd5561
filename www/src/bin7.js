// A compact binary-to-text encoding for inlining the wasm into the HTML (base-122 style): 7 bits
// per character, so 8/7 ≈ 1.14× the bytes instead of base64's 1.33×. The page is UTF-8; a
// 7-bit value is written as that ASCII character, except the three values HTML would alter or
// could end the <script> element with (NUL, CR, '<'): those are folded with the next 7 bits into
// one two-byte character U+0100..U+0302. `encode` runs at build time (node), `decode` in the worker.

const ILLEGAL = [0, 13, 60];
const BASE = 0x100;

/** Bytes → string. The decoder also needs the byte count. */
export function encode(bytes) {
  const chunks = Math.ceil((bytes.length * 8) / 7);
  const parts = [];
  let acc = 0;
  let bits = 0;
  let i = 0;
  const next = () => {
    while (bits < 7 && i < bytes.length) {
      acc = ((acc << 8) | bytes[i++]) & 0x7fff;
      bits += 8;
    }
    const shift = bits - 7;
    const v = shift >= 0 ? (acc >> shift) & 127 : (acc << -shift) & 127; // zero-pad the last chunk
    bits = Math.max(0, shift);
    return v;
  };
  let codes = [];
  for (let c = 0; c < chunks; c++) {
    const v = next();
    const k = ILLEGAL.indexOf(v);
    if (k < 0) codes.push(v);
    else if (c + 1 < chunks) {
      codes.push(BASE + k * 128 + next());
      c++;
    } else codes.push(BASE + 384 + k);
    if (codes.length >= 8192) {
      parts.push(String.fromCharCode(...codes));
      codes = [];
    }
  }
  parts.push(String.fromCharCode(...codes));
  return parts.join('');
}

/** String (from `encode`) → the original `length` bytes. One tight loop: it runs over ~6 M chars. */
export function decode(text, length) {
  const out = new Uint8Array(length);
  const [i0, i1, i2] = ILLEGAL;
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0, n = text.length; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      acc = (acc << 7) | c;
      bits += 7;
    } else {
      const x = c - BASE;
      if (x >= 384) {
        const k = x - 384;
        acc = (acc << 7) | (k === 0 ? i0 : k === 1 ? i1 : i2);
        bits += 7;
      } else {
        const k = x >> 7;
        acc = (acc << 14) | ((k === 0 ? i0 : k === 1 ? i1 : i2) << 7) | (x & 127);
        bits += 14;
      }
    }
    while (bits >= 8) {
      bits -= 8;
      out[o++] = acc >> bits; // typed-array store keeps the low 8 bits; writes past `length` are dropped
    }
    acc &= (1 << bits) - 1;
  }
  return out;
}
