// Raw DEFLATE (RFC 1951) decoding, for browsers without
// DecompressionStream('deflate-raw') (Chrome before 103, iOS before 16.4,
// Firefox before 113). The loader imports it only there, only when a short
// share link is opened (tools/postbuild.mjs); everywhere else it is never
// fetched. Output stops past `limit` bytes: the caller reads that as too long.
const LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
const DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
// The order in which a dynamic block lists its code-length code lengths.
const CLEN_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

// A canonical Huffman code from its code lengths: how many codes of each
// length, and the symbols ordered by code.
function code(lengths) {
  const count = new Uint16Array(16);
  const offset = new Uint16Array(16);
  const symbols = new Uint16Array(lengths.length);
  for (const l of lengths) count[l]++;
  count[0] = 0;
  for (let l = 1; l < 16; l++) offset[l] = offset[l - 1] + count[l - 1];
  lengths.forEach((l, s) => { if (l) symbols[offset[l]++] = s; });
  return { count, symbols };
}

export function inflate(chunks, limit = 1 << 20) {
  let input = chunks;
  if (Array.isArray(chunks)) {
    input = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of chunks) { input.set(c, at); at += c.length; }
  }
  let pos = 0;
  let bit = 0;
  let out = new Uint8Array(1024);
  let len = 0;
  const fail = () => { throw new Error('corrupt deflate data'); };
  const put = (b) => {
    if (len === out.length) { const more = new Uint8Array(len * 2); more.set(out); out = more; }
    out[len++] = b;
  };
  const bits = (n) => {
    let v = 0;
    for (let i = 0; i < n; i++) {
      if (pos >= input.length) fail();
      v |= ((input[pos] >> bit) & 1) << i;
      if (++bit === 8) { bit = 0; pos++; }
    }
    return v;
  };
  // Huffman codes are read most significant bit first, one bit at a time.
  const decode = ({ count, symbols }) => {
    let c = 0;
    let first = 0;
    let index = 0;
    for (let l = 1; l < 16; l++) {
      c |= bits(1);
      if (c - count[l] < first) return symbols[index + c - first];
      index += count[l];
      first = (first + count[l]) << 1;
      c <<= 1;
    }
    return fail();
  };
  const fixedLit = code(Array.from({ length: 288 }, (_, s) => (s < 144 ? 8 : s < 256 ? 9 : s < 280 ? 7 : 8)));
  const fixedDist = code(new Array(30).fill(5));
  let final = 0;
  while (!final && len <= limit) {
    final = bits(1);
    const type = bits(2);
    if (type === 0) {
      if (bit) { bit = 0; pos++; }
      if (pos + 4 > input.length) fail();
      const n = input[pos] | (input[pos + 1] << 8);
      if ((n ^ 0xffff) !== (input[pos + 2] | (input[pos + 3] << 8))) fail();
      pos += 4;
      if (pos + n > input.length) fail();
      for (let i = 0; i < n; i++) put(input[pos++]);
      continue;
    }
    let lit = fixedLit;
    let dist = fixedDist;
    if (type === 2) {
      const nlit = bits(5) + 257;
      const ndist = bits(5) + 1;
      const nclen = bits(4) + 4;
      const clen = new Array(19).fill(0);
      for (let i = 0; i < nclen; i++) clen[CLEN_ORDER[i]] = bits(3);
      const lengthCode = code(clen);
      const lengths = [];
      while (lengths.length < nlit + ndist) {
        const sym = decode(lengthCode);
        if (sym < 16) lengths.push(sym);
        else {
          if (sym === 16 && !lengths.length) fail();
          const [repeat, value] = sym === 16 ? [3 + bits(2), lengths[lengths.length - 1]] : sym === 17 ? [3 + bits(3), 0] : [11 + bits(7), 0];
          for (let i = 0; i < repeat; i++) lengths.push(value);
        }
      }
      if (lengths.length > nlit + ndist) fail();
      lit = code(lengths.slice(0, nlit));
      dist = code(lengths.slice(nlit));
    } else if (type !== 1) fail();
    for (;;) {
      const sym = decode(lit);
      if (sym < 256) put(sym);
      else if (sym === 256) break;
      else {
        if (sym > 285) fail();
        const n = LENGTH_BASE[sym - 257] + bits(LENGTH_EXTRA[sym - 257]);
        const d = decode(dist);
        if (d > 29) fail();
        const back = DIST_BASE[d] + bits(DIST_EXTRA[d]);
        if (back > len) fail();
        for (let i = 0; i < n; i++) put(out[len - back]);
      }
      if (len > limit) break;
    }
  }
  return out.subarray(0, len);
}
