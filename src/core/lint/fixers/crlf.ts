/** The CRLF fix: every CRLF pair becomes LF; nothing else changes (a lone CR is left alone). Idempotent. */
export function crlfToLf(bytes: Buffer): Buffer | undefined {
  if (!bytes.includes('\r\n')) return undefined;
  const out = Buffer.allocUnsafe(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b === 0x0d && bytes[i + 1] === 0x0a) continue;
    out[n++] = b;
  }
  return out.subarray(0, n);
}
