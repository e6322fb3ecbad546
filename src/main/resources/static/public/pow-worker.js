// 掌上调解: the proof of work of an application, in a worker so that the page stays responsive.
// Finds a nonce (a decimal number) such that SHA-256 of "<challenge>:<nonce>" begins with `difficulty` zero bits,
// as the server checks it (cn.jiyuan.mediation.online.ProofOfWork). The hashing is SHA-256 in plain JavaScript
// (FIPS 180-4) from the state after the challenge's first block, which is the same for every nonce: several times
// faster than one SubtleCrypto call per nonce (each call a promise and a hop to another thread), and it works where
// SubtleCrypto is not offered (a page over plain HTTP). The first nonce found is checked with SubtleCrypto where the
// page may use it, so that a fault of this code shows as a failed check here rather than a refused application.
'use strict';

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2]);
const INITIAL = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
const w = new Uint32Array(64);

/** One 64-byte block of `view` at `offset` into the state `h` (8 words, changed in place). */
function compress(h, view, offset) {
  for (let i = 0; i < 16; i++) {
    w[i] = view.getUint32(offset + i * 4);
  }
  for (let i = 16; i < 64; i++) {
    const x = w[i - 15], y = w[i - 2];
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
    w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
  }
  let a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
  for (let i = 0; i < 64; i++) {
    const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const t1 = (k + S1 + ((e & f) ^ (~e & g)) + K[i] + w[i]) | 0;
    const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    k = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
  }
  h[0] = (h[0] + a) | 0; h[1] = (h[1] + b) | 0; h[2] = (h[2] + c) | 0; h[3] = (h[3] + d) | 0;
  h[4] = (h[4] + e) | 0; h[5] = (h[5] + f) | 0; h[6] = (h[6] + g) | 0; h[7] = (h[7] + k) | 0;
}

/** Leading zero bits of the hash state (big-endian words, as the digest's bytes). */
function leadingZeroBits(h) {
  let bits = 0;
  for (let i = 0; i < 8; i++) {
    if (h[i] === 0) {
      bits += 32;
      continue;
    }
    return bits + Math.clz32(h[i]);
  }
  return bits;
}

function leadingZeroBitsOfBytes(bytes) {
  let bits = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(bytes[i]) - 24;
  }
  return bits;
}

function solveInJavaScript(challenge, difficulty) {
  const prefix = new TextEncoder().encode(challenge + ':');
  const full = prefix.length >> 6; // blocks that do not depend on the nonce
  const mid = Int32Array.from(INITIAL);
  const head = new DataView(prefix.buffer, prefix.byteOffset, prefix.byteLength);
  for (let block = 0; block < full; block++) {
    compress(mid, head, block * 64);
  }
  const rest = prefix.subarray(full * 64);
  const tail = new Uint8Array(128);
  const view = new DataView(tail.buffer);
  const h = new Int32Array(8);
  for (let n = 0; ; n++) {
    const digits = String(n);
    tail.fill(0);
    tail.set(rest);
    for (let i = 0; i < digits.length; i++) {
      tail[rest.length + i] = digits.charCodeAt(i);
    }
    const used = rest.length + digits.length;
    tail[used] = 0x80;
    const blocks = used + 9 > 64 ? 2 : 1;
    view.setUint32(blocks * 64 - 4, (prefix.length + digits.length) * 8);
    h.set(mid);
    compress(h, view, 0);
    if (blocks === 2) {
      compress(h, view, 64);
    }
    if (leadingZeroBits(h) >= difficulty) {
      return digits;
    }
  }
}

async function solve(challenge, difficulty) {
  const nonce = solveInJavaScript(challenge, difficulty);
  const subtle = self.crypto && self.crypto.subtle;
  if (subtle) {
    const hash = await subtle.digest('SHA-256', new TextEncoder().encode(challenge + ':' + nonce));
    if (leadingZeroBitsOfBytes(new Uint8Array(hash)) < difficulty) {
      throw new Error('the nonce does not pass');
    }
  }
  return nonce;
}

self.onmessage = function (event) {
  solve(event.data.challenge, event.data.difficulty)
    .then(function (nonce) { self.postMessage({nonce: nonce}); })
    .catch(function () { self.postMessage({failed: true}); });
};
