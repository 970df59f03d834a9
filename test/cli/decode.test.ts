/**
 * Bytes to text: UTF-8 with or without BOM, Windows-1252 (Excel's plain CSV), UTF-16 with BOM; not text.
 */
import { describe, expect, it } from 'vitest';
import { NotTextError, completeUtf8Length, decodeChunks, type DecodeNotice } from '../../src/cli/decode.js';
import { windows1252 } from './fixtures.js';

async function decode(chunks: Uint8Array[]): Promise<{ text: string; notices: DecodeNotice[] }> {
  const notices: DecodeNotice[] = [];
  async function* gen() {
    yield* chunks;
  }
  let text = '';
  for await (const t of decodeChunks(gen(), (n) => notices.push(n))) text += t;
  return { text, notices };
}

/** Cuts bytes into chunks at the given sizes (the rest in a last chunk). */
function cut(bytes: Buffer, ...sizes: number[]): Buffer[] {
  const out: Buffer[] = [];
  let at = 0;
  for (const s of sizes) {
    out.push(bytes.subarray(at, at + s));
    at += s;
  }
  out.push(bytes.subarray(at));
  return out;
}

const FRENCH = 'id;date d’embauche;spécialité\r\ndr-é;01/03/2021;pédiatrie œil 12 €\r\n';

describe('decoding', () => {
  it('UTF-8 with a BOM: the BOM is removed, nothing said', async () => {
    const r = await decode([Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(FRENCH, 'utf8')])]);
    expect(r.text).toBe(FRENCH);
    expect(r.notices).toEqual([]);
  });

  it('UTF-8 whose multi-byte characters are cut by chunk boundaries reads the same at every cut', async () => {
    const bytes = Buffer.from(FRENCH, 'utf8');
    for (let i = 1; i < bytes.length; i++) {
      const r = await decode(cut(bytes, i));
      expect(r.text, `cut at ${i}`).toBe(FRENCH);
      expect(r.notices).toEqual([]);
    }
  });

  it('Windows-1252 (Excel’s "CSV (séparateur: point-virgule)") is read as such, and said once', async () => {
    const bytes = windows1252(FRENCH.repeat(3));
    for (const chunks of [[bytes], cut(bytes, 10), cut(bytes, 1, 1, 30)]) {
      const r = await decode(chunks);
      expect(r.text).toBe(FRENCH.repeat(3));
      expect(r.notices).toEqual([{ kind: 'windows-1252' }]);
    }
  });

  it('a Windows-1252 file whose first accent comes late (after chunks of plain ASCII) or ends the file', async () => {
    const text = `${'a;b\r\n'.repeat(50)}é;è\r\n`;
    const r = await decode(cut(windows1252(text), 64, 64, 64));
    expect(r.text).toBe(text);
    expect(r.notices).toEqual([{ kind: 'windows-1252' }]);
    const last = await decode([windows1252('id\r\nabcé')]);
    expect(last.text).toBe('id\r\nabcé');
  });

  it('bytes that are not UTF-8 after UTF-8 text become U+FFFD, and that is said', async () => {
    const r = await decode([Buffer.from('é;a\n', 'utf8'), Buffer.from([0x62, 0xe9, 0x0a])]);
    expect(r.text).toBe('é;a\nb\ufffd\n');
    expect(r.notices).toEqual([{ kind: 'replaced' }]);
  });

  it('UTF-16 with its BOM', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FRENCH, 'utf16le')]);
    expect((await decode(cut(le, 7))).text).toBe(FRENCH);
  });

  it('a file that is not text (an .xlsx workbook, NUL bytes) is refused', async () => {
    await expect(decode([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00])])).rejects.toSatisfy((e) => e instanceof NotTextError && e.hint === 'zip');
    await expect(decode([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00])])).rejects.toBeInstanceOf(NotTextError);
  });

  it('completeUtf8Length holds back only a sequence cut at the end', () => {
    const e = Buffer.from('é', 'utf8'); // c3 a9
    expect(completeUtf8Length(Buffer.from('abc'))).toBe(3);
    expect(completeUtf8Length(Buffer.concat([Buffer.from('ab'), e]))).toBe(4);
    expect(completeUtf8Length(Buffer.concat([Buffer.from('ab'), e.subarray(0, 1)]))).toBe(2);
    const euro = Buffer.from('€', 'utf8'); // 3 bytes
    expect(completeUtf8Length(Buffer.concat([Buffer.from('a'), euro.subarray(0, 2)]))).toBe(1);
  });
});
