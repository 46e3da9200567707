/**
 * A quota answer as sent: a city's year is some 9,000 results, 6 MB of JSON, 0.5 MB gzipped.
 * Turning that into bytes took longer than computing it (joining the strings, then encoding
 * them as UTF-8), so the results are encoded in blocks, and after a change only the blocks
 * whose results changed are encoded and compressed again. Each block is deflated on its own and
 * flushed to a byte boundary, so the blocks concatenate into one valid deflate stream — the way
 * pigz compresses in parallel — inside a gzip member whose CRC and length cover the whole.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';

/** Results per block: small enough that one change re-encodes little, large enough to compress well. */
export const RESULTS_PER_BLOCK = 256;

export interface EncodedBlock<T> {
  items: readonly T[];
  /** The block's JSON; every item but the answer's first is preceded by a comma. */
  raw: Buffer;
  /** `raw` deflated, ending on a byte boundary with no final block. */
  deflated: Buffer;
}

export interface EncodedAnswer<T> {
  blocks: EncodedBlock<T>[];
  json(): Buffer;
  gzipped(): Buffer;
}

const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
const LEVEL = 1;

const deflatePart = (raw: Buffer) => deflateRawSync(raw, { level: LEVEL, finishFlush: constants.Z_FULL_FLUSH });

/** Each item's JSON, made once per object: after a change most results are the same objects as before. */
const itemJson = new WeakMap<object, string>();
function jsonOf(item: object): string {
  let json = itemJson.get(item);
  if (json === undefined) itemJson.set(item, (json = JSON.stringify(item)));
  return json;
}

/** Makes each item's JSON ahead of the first answer that sends it (a city's year: some 80 ms). */
export function prepareJson(items: readonly object[]): void {
  for (const item of items) jsonOf(item);
}

function sameItems<T>(a: readonly T[], b: readonly T[]) {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/**
 * `{"<key>":[…items],…rest}`, reusing each block of `previous` whose items are the very same
 * objects in the same places.
 */
export function encodeAnswer<T extends object>(key: string, items: readonly T[], rest: object, previous?: readonly EncodedBlock<T>[]): EncodedAnswer<T> {
  const blocks: EncodedBlock<T>[] = [];
  for (let start = 0; start < items.length; start += RESULTS_PER_BLOCK) {
    const slice = items.slice(start, start + RESULTS_PER_BLOCK);
    const before = previous?.[blocks.length];
    if (before && sameItems(before.items, slice)) {
      blocks.push(before);
      continue;
    }
    const raw = Buffer.from((start === 0 ? '' : ',') + slice.map(jsonOf).join(','));
    blocks.push({ items: slice, raw, deflated: deflatePart(raw) });
  }
  const head = Buffer.from(`{${JSON.stringify(key)}:[`);
  const restJson = JSON.stringify(rest);
  const tail = Buffer.from(`]${restJson === '{}' ? '' : `,${restJson.slice(1, -1)}`}}`);
  const raws = [head, ...blocks.map((b) => b.raw), tail];
  let json: Buffer | undefined;
  let gzipped: Buffer | undefined;
  return {
    blocks,
    json: () => (json ??= Buffer.concat(raws)),
    gzipped: () => {
      if (gzipped) return gzipped;
      let crc = 0;
      let length = 0;
      for (const raw of raws) {
        crc = crc32(raw, crc);
        length += raw.length;
      }
      const trailer = Buffer.alloc(8);
      trailer.writeUInt32LE(crc >>> 0, 0);
      trailer.writeUInt32LE(length >>> 0, 4);
      // The tail is deflated to the end: its last block is the stream's final one.
      return (gzipped = Buffer.concat([GZIP_HEADER, deflatePart(head), ...blocks.map((b) => b.deflated), deflateRawSync(tail, { level: LEVEL }), trailer]));
    },
  };
}
