/**
 * Repairs the ways a private key gets mangled on its way into a secret or an input: CRLF line endings, a
 * missing final newline, a byte-order mark, surrounding quotes, or `\n` written as two characters on one line.
 * The text is never printed; callers mask it before anything else happens.
 */
export function normalizePrivateKeyText(text: string): string {
  let t = text.replace(/^\uFEFF/, '').trim();
  if ((t.startsWith('"') && t.endsWith('"')) || (t.startsWith("'") && t.endsWith("'"))) t = t.slice(1, -1).trim();
  if (!t.includes('\n') && t.includes('\\n')) t = t.replace(/\\r\\n|\\n/g, '\n');
  t = t.replace(/\r\n?/g, '\n');
  return t === '' ? '' : t + '\n';
}

/** A public key (`ssh-ed25519 AAAA…`, `.pub` contents) pasted where the private key belongs. */
export function looksLikePublicKey(text: string): boolean {
  return /^(ssh-(ed25519|rsa|dss)|ecdsa-sha2-nistp\d+|sk-[a-z0-9@.-]+)\s+AAAA/.test(text.trim());
}
