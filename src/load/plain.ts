/**
 * Whether a file's UTF-8 bytes are plain: no character the YAML scanner must look for before it reads a
 * text (yaml-scan.ts: tabs, CRs, a BOM, control characters, NEL, the Unicode line and paragraph separators,
 * U+FFFE and U+FFFF). Nearly every plan is plain, and the scanner then skips those tests, which searched the
 * whole text with a regular expression: 145 ms over the benchmark's 10,000 plans on one thread, against
 * 30 ms for this test (bench/NOTES.md).
 *
 * The test runs as WebAssembly (SIMD, sixteen bytes at a time) on the bytes where they were read: readSource
 * reads each file into this module's memory (readBuffer). The module is a few hundred bytes, assembled below
 * from its instructions rather than shipped as a binary. Where WebAssembly is not available (node --jitless,
 * say), nothing is plain, and the scanner makes its own tests as before.
 *
 * A plain text is valid UTF-8 decoded, so it has no lone surrogates either (a decoder never gives them),
 * the last thing the scanner's test looks for; surrogate pairs (emoji) are plain, as they are to the scanner.
 */

/** Bytes after a file's end that the test reads (its last block, and the two bytes after each position). */
const TAIL = 32;
const PAGE = 65536;

// ---------------------------------------------------------------------------------------- the module

const uleb = (n: number): number[] => {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return out;
};
const simd = (op: number): number[] => [0xfd, ...uleb(op)];
const V128_LOAD = 0x00;
const V128_CONST = 0x0c;
const I8X16_EQ = 0x23;
const I8X16_NE = 0x24;
const I8X16_LT_U = 0x26;
const V128_AND = 0x4e;
const V128_OR = 0x50;
const V128_ANY_TRUE = 0x53;
const getLocal = (i: number) => [0x20, i];
const setLocal = (i: number) => [0x21, i];
const i32Const = (v: number) => [0x41, ...uleb(v)]; // (0 to 63 only, whose signed LEB128 is the unsigned one)
const I32_ADD = 0x6a;
const I32_GE_U = 0x4f;
// locals: 0 start, 1 length (the parameters); 2 at, 3 end (i32); 4, 5, 6: the bytes at, at + 1 and at + 2 (v128)
const AT = 2;
const END = 3;
const B0 = 4;
const B1 = 5;
const B2 = 6;
const splat = (byte: number) => [...simd(V128_CONST), ...new Array<number>(16).fill(byte)];
/** The sixteen bytes from at + offset. */
const load = (offset: number) => [...getLocal(AT), ...simd(V128_LOAD), 0x00, ...uleb(offset)];
/** Lanes of v equal to byte. */
const eq = (v: number, byte: number) => [...getLocal(v), ...splat(byte), ...simd(I8X16_EQ)];
/** Lanes of v whose bits under mask equal byte. */
const masked = (v: number, mask: number, byte: number) => [...getLocal(v), ...splat(mask), ...simd(V128_AND), ...splat(byte), ...simd(I8X16_EQ)];
const and = simd(V128_AND);
const or = simd(V128_OR);

/** The module's bytes (made only when it is set up). */
function moduleBytes() {
  /** (func (param start i32) (param length i32) (result i32)): 1 when a byte sequence below starts in [start, start + length), else 0. */
  const body = [
    ...getLocal(0), ...setLocal(AT),
    ...getLocal(0), ...getLocal(1), I32_ADD, ...setLocal(END),
    0x02, 0x40, // block
    0x03, 0x40, // loop
    ...getLocal(AT), ...getLocal(END), I32_GE_U, 0x0d, 0x01, // past the end: out of the block
    ...load(0), ...setLocal(B0), ...load(1), ...setLocal(B1), ...load(2), ...setLocal(B2),
    // 00-1F but LF (tab and CR included); 7F
    ...getLocal(B0), ...splat(0x20), ...simd(I8X16_LT_U), ...getLocal(B0), ...splat(0x0a), ...simd(I8X16_NE), ...and,
    ...eq(B0, 0x7f), ...or,
    // C2 80-9F: U+0080-U+009F (NEL among them)
    ...eq(B0, 0xc2), ...masked(B1, 0xe0, 0x80), ...and, ...or,
    // E2 80 A8-A9: U+2028, U+2029
    ...eq(B0, 0xe2), ...eq(B1, 0x80), ...and, ...masked(B2, 0xfe, 0xa8), ...and, ...or,
    // EF BF BE-BF: U+FFFE, U+FFFF; EF BB BF: U+FEFF
    ...eq(B0, 0xef), ...eq(B1, 0xbf), ...masked(B2, 0xfe, 0xbe), ...and, ...eq(B1, 0xbb), ...eq(B2, 0xbf), ...and, ...or, ...and, ...or,
    ...simd(V128_ANY_TRUE), 0x04, 0x40, ...i32Const(1), 0x0f, 0x0b, // if any lane: return 1
    ...getLocal(AT), ...i32Const(16), I32_ADD, ...setLocal(AT),
    0x0c, 0x00, // next block of sixteen
    0x0b, // end loop
    0x0b, // end block
    ...i32Const(0),
    0x0b,
  ];
  const section = (id: number, content: number[]) => [id, ...uleb(content.length), ...content];
  const vec = (items: number[][]) => [...uleb(items.length), ...items.flat()];
  const name = (s: string) => [...uleb(s.length), ...Array.from(s, (c) => c.charCodeAt(0))];
  const func = [0x02, 0x02, 0x7f, 0x03, 0x7b, ...body]; // locals: 2 i32, 3 v128
  return Uint8Array.from([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, vec([[0x60, 0x02, 0x7f, 0x7f, 0x01, 0x7f]])), // type 0: (i32, i32) -> i32
    ...section(2, vec([[...name('m'), ...name('memory'), 0x02, 0x00, 0x01]])), // imports m.memory (at least a page)
    ...section(3, vec([[0x00]])), // function 0 has type 0
    ...section(7, vec([[...name('scan'), 0x00, 0x00]])), // exported as scan
    ...section(10, vec([[...uleb(func.length), ...func]])),
  ]);
}

// ---------------------------------------------------------------------------------------- use

interface Tester {
  memory: WebAssembly.Memory;
  scan: (start: number, length: number) => number;
}

let tester: Tester | null | undefined;

/** The module, made at first use; null where WebAssembly (or its SIMD) is not available. */
function get(): Tester | null {
  if (tester !== undefined) return tester;
  try {
    const memory = new WebAssembly.Memory({ initial: 1 });
    const instance = new WebAssembly.Instance(new WebAssembly.Module(moduleBytes()), { m: { memory } });
    tester = { memory, scan: instance.exports.scan as Tester['scan'] };
  } catch {
    tester = null;
  }
  return tester;
}

let view: Uint8Array | undefined;

/** The memory as bytes, grown to hold size bytes and the tail after them (one view, made again only when it grows). */
function room(t: Tester, size: number): Uint8Array {
  const need = size + TAIL;
  if (view === undefined || need > view.length) {
    const have = t.memory.buffer.byteLength;
    if (need > have) t.memory.grow(Math.ceil((need - have) / PAGE));
    view = new Uint8Array(t.memory.buffer);
  }
  return view;
}

let fallback: Buffer | undefined;

/**
 * A buffer of exactly size bytes to read a file into, reused for every file: in the module's memory once
 * it is set up, so that the test runs on the bytes where they are (until then, an ordinary buffer). Decoding copies
 * the bytes into the text, and nothing keeps them; the next call may reuse (or move) the memory.
 */
export function readBuffer(size: number): Buffer {
  const t = tester; // (once isPlain has set the module up)
  if (t) {
    const heap = room(t, size);
    return Buffer.from(heap.buffer, 0, size);
  }
  if (!fallback || fallback.length < size) fallback = Buffer.allocUnsafe(Math.max(size, PAGE));
  return fallback.subarray(0, size);
}

/** Whether UTF-8 bytes are plain (see above); false whenever it cannot tell. */
export function isPlain(bytes: Uint8Array): boolean {
  const t = get();
  if (!t) return false;
  const length = bytes.length;
  // Bytes read by readBuffer are in place (growing the memory keeps them there); any others are copied in.
  const inPlace = view !== undefined && bytes.buffer === view.buffer && bytes.byteOffset === 0;
  const heap = room(t, length);
  if (!inPlace) heap.set(bytes, 0);
  // After the end, spaces: plain, and no sequence above runs on into them.
  heap.fill(0x20, length, length + TAIL);
  return t.scan(0, length) === 0;
}
