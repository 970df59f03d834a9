/**
 * Bytes to text, the way French spreadsheets save them: UTF-8 with or without a byte-order mark, UTF-16
 * with its mark, or Windows-1252 (Excel's plain "CSV (séparateur: point-virgule)") when the bytes are
 * not valid UTF-8. No dependency: the built-in `TextDecoder` and `node:buffer` checks.
 *
 * The encoding is decided at the first chunk that holds a byte above 127 (chunks of plain ASCII read the
 * same in every one of these encodings), so a file is never decoded two ways. A file that is not text
 * at all (a NUL byte in its first chunk: an .xlsx workbook, a PDF, an image) is refused.
 */
import { isAscii, isUtf8 } from 'node:buffer';

/** The encoding a text was read in. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** What the decoder tells the person once (on stderr). */
export type DecodeNotice = { readonly kind: 'windows-1252' } | { readonly kind: 'replaced' };

/** The input is not text: nothing can be read. */
export class NotTextError extends Error {
  constructor(readonly hint: 'zip' | 'binary') {
    super(hint === 'zip' ? 'not a text file (a zip archive, such as an .xlsx workbook)' : 'not a text file (it holds NUL bytes)');
  }
}

/** Length of `bytes` without a UTF-8 sequence cut at its end (0 to 3 bytes held over to the next chunk). */
export function completeUtf8Length(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= Math.min(3, n); back++) {
    const b = bytes[n - back]!;
    if (b < 0x80) return n; // ASCII: nothing cut
    if (b >= 0xc0) {
      // a lead byte: is its sequence complete?
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return need > back ? n - back : n;
    }
    // a continuation byte: look further back
  }
  return n;
}

function startsWith(bytes: Uint8Array, ...prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * Decodes a stream of byte chunks into text chunks (the byte-order mark removed). `notice` is called at
 * most once per kind: when the text is read as Windows-1252, and when bytes that are not UTF-8 follow
 * UTF-8 text (they become U+FFFD).
 */
export async function* decodeChunks(chunks: AsyncIterable<Uint8Array | string>, notice: (n: DecodeNotice) => void = () => {}): AsyncGenerator<string> {
  let encoding: Encoding | undefined;
  let decoder: { decode(input?: Uint8Array, options?: { stream?: boolean }): string } | undefined; // UTF-16, Windows-1252
  let carry: Uint8Array | undefined; // an incomplete UTF-8 sequence held over
  let first = true;
  let replaced = false;
  for await (const piece of chunks) {
    if (typeof piece === 'string') {
      // already text (a test's stream)
      let text = piece;
      if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
      if (text.length > 0) yield text;
      continue;
    }
    let bytes: Uint8Array = piece;
    if (first) {
      first = false;
      if (startsWith(bytes, 0xef, 0xbb, 0xbf)) {
        encoding = 'utf-8';
        bytes = bytes.subarray(3);
      } else if (startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff)) {
        encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
        decoder = new TextDecoder(encoding);
        bytes = bytes.subarray(2);
      } else if (bytes.includes(0)) {
        throw new NotTextError(startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) ? 'zip' : 'binary');
      }
    }
    if (decoder) {
      const text = decoder.decode(bytes, { stream: true });
      if (text.length > 0) yield text;
      continue;
    }
    if (carry) {
      const joined = new Uint8Array(carry.length + bytes.length);
      joined.set(carry);
      joined.set(bytes, carry.length);
      bytes = joined;
      carry = undefined;
    }
    const cut = completeUtf8Length(bytes);
    const head = cut === bytes.length ? bytes : bytes.subarray(0, cut);
    if (cut < bytes.length) carry = bytes.slice(cut);
    if (encoding === undefined && isAscii(head)) {
      if (head.length > 0) yield Buffer.from(head.buffer, head.byteOffset, head.length).toString('latin1');
      continue;
    }
    if (isUtf8(head)) {
      encoding ??= 'utf-8';
      if (head.length > 0) yield Buffer.from(head.buffer, head.byteOffset, head.length).toString('utf8');
      continue;
    }
    if (encoding === undefined) {
      // the first bytes above 127 are not UTF-8: a Windows-1252 file (every chunk so far was ASCII)
      encoding = 'windows-1252';
      notice({ kind: 'windows-1252' });
      decoder = new TextDecoder('windows-1252');
      const text = decoder.decode(bytes, { stream: true });
      carry = undefined;
      if (text.length > 0) yield text;
      continue;
    }
    if (!replaced) {
      replaced = true;
      notice({ kind: 'replaced' });
    }
    yield Buffer.from(head.buffer, head.byteOffset, head.length).toString('utf8');
  }
  if (decoder) {
    const rest = decoder.decode();
    if (rest.length > 0) yield rest;
  } else if (carry) {
    // a file that ends inside a multi-byte sequence
    if (encoding === undefined) {
      notice({ kind: 'windows-1252' });
      yield new TextDecoder('windows-1252').decode(carry);
    } else {
      if (!replaced) notice({ kind: 'replaced' });
      yield Buffer.from(carry).toString('utf8');
    }
  }
}
