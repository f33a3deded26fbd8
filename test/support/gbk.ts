/**
 * GBK bytes for tests. Node can decode GBK but not encode it, so the table is node's own
 * decoder inverted over every two-byte code.
 */
let codes: Map<string, readonly number[]> | undefined;

function gbkCodes(): Map<string, readonly number[]> {
  const decoder = new TextDecoder('gbk');
  const table = new Map<string, readonly number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const char = decoder.decode(Uint8Array.of(lead, trail));
      if (char.length === 1 && char !== '\uFFFD' && !table.has(char)) table.set(char, [lead, trail]);
    }
  }
  return table;
}

export function encodeGbk(text: string): Buffer {
  codes ??= gbkCodes();
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const encoded = code < 0x80 ? [code] : codes.get(char);
    if (!encoded) throw new Error(`「${char}」 has no GBK code`);
    bytes.push(...encoded);
  }
  return Buffer.from(bytes);
}
