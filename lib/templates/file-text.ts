/**
 * The text of an uploaded or read file. A template file is UTF-8 (CONTRACTS.md section 5); a BOM is
 * accepted because Windows editors add one. Anything else is refused with where it goes wrong, not
 * decoded into replacement characters that would end up, unnoticed, in a question's wording.
 */
export type FileTextResult = { ok: true; text: string } | { ok: false; problem: string };

export function fileText(input: string | Uint8Array, maxBytes: number): FileTextResult {
  if (typeof input === 'string') {
    if (input.length > maxBytes || new TextEncoder().encode(input).length > maxBytes) return { ok: false, problem: tooLarge(maxBytes) };
    return { ok: true, text: input.startsWith('\uFEFF') ? input.slice(1) : input };
  }
  if (input.length > maxBytes) return { ok: false, problem: tooLarge(maxBytes) };
  if ((input[0] === 0xff && input[1] === 0xfe) || (input[0] === 0xfe && input[1] === 0xff)) {
    return { ok: false, problem: 'the file is UTF-16 text: save it as UTF-8' };
  }
  const bytes = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf ? input.subarray(3) : input;
  const bad = firstInvalidUtf8(bytes);
  if (bad !== null) {
    const offset = bad + (bytes === input ? 0 : 3);
    return {
      ok: false,
      problem: `the file is not UTF-8 text: byte ${offset + 1} (0x${hex(input[offset])}) does not start a valid UTF-8 character; save the file as UTF-8`,
    };
  }
  return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
}

function tooLarge(maxBytes: number): string {
  return `the file is larger than ${maxBytes.toLocaleString('en-GB')} bytes, far more than any template needs`;
}

function hex(byte: number | undefined): string {
  return (byte ?? 0).toString(16).toUpperCase().padStart(2, '0');
}

/**
 * The index of the first byte of the first sequence that breaks UTF-8 (RFC 3629: no overlong forms, no surrogates,
 * nothing past U+10FFFF), or null when all is well.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number | null {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    // The allowed range of the second byte depends on the lead byte; later bytes are 80–BF.
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k < length; k += 1) {
      const next = bytes[i + k];
      const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf];
      if (next === undefined || next < min || next > max) return i;
    }
    i += length;
  }
  return null;
}
