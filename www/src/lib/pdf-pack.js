// The PDF pack's layout after gunzip (written by pdf_pack.mjs at build time, read by
// app/pdf-client.js when the first PDF is opened), little-endian: [u32 script length][script], then
// groups of CMaps: [u8 count][u32 block][count × (u8 name length, name, u32 length)][their bytes
// interleaved, `block` bytes of each in turn (a member that has ended is skipped)].

/** ArrayBuffer (the gunzipped pack) → {script: Uint8Array, cmaps: [[name, ArrayBuffer]]}. */
export function readPack(buffer) {
  const view = new DataView(buffer);
  const size = view.getUint32(0, true);
  const script = new Uint8Array(buffer, 4, size);
  const cmaps = [];
  for (let at = 4 + size; at < buffer.byteLength;) {
    const count = view.getUint8(at);
    const block = view.getUint32(at + 1, true);
    at += 5;
    const group = [];
    for (let i = 0; i < count; i++) {
      const n = view.getUint8(at);
      const name = String.fromCharCode(...new Uint8Array(buffer, at + 1, n));
      group.push({ name, bytes: new Uint8Array(view.getUint32(at + 1 + n, true)) });
      at += 5 + n;
    }
    const longest = Math.max(...group.map((m) => m.bytes.length));
    for (let from = 0; from < longest; from += block)
      for (const { bytes } of group)
        if (from < bytes.length) {
          const take = Math.min(block, bytes.length - from);
          bytes.set(new Uint8Array(buffer, at, take), from);
          at += take;
        }
    for (const { name, bytes } of group) cmaps.push([name, bytes.buffer]);
  }
  return { script, cmaps };
}
