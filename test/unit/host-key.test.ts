import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/errors.js';
import {
  checkHostKey,
  entryMatchesHost,
  fingerprintSha256,
  hostKeyAlgorithmsFor,
  keyTypeOfBlob,
  knownHostsName,
  parseFingerprints,
  parseKnownHosts,
  planHostKeyCheck,
} from '../../src/core/host/host-key.js';

// Fixtures made with ssh-keygen; fingerprints as `ssh-keygen -lf` printed them.
const ED = 'AAAAC3NzaC1lZDI1NTE5AAAAIEdkZ9YhjrHgVfrswszeGoLp91WOSgyxEltXFTmWVCGe';
const ED_FP = 'SHA256:8yu6JxNXG7dbdV8fW3KRUzRO/8Clx5P5kUSejH1jRBo';
const RSA =
  'AAAAB3NzaC1yc2EAAAADAQABAAAAgQCtwn73FBbErC94PPphoWvVo25r//6Z9kbIrQnAjhn2CspDvheFl7ZFCh+N3SKLunpugOt5nr18YxHjFzRlmSTJldUXcsajO/w/5wR8laUEm+I3x8buYKSu9GY0TCmbLlnrBQA5uZGkTvMd/+Gjo9sJve2LJZg6tmeIBkcJ2eRnyw==';
const RSA_FP = 'SHA256:kFDecTqS1qtl150MtiGRDU3ZlBesbZRYfgMbRCYD4B4';
// `ssh-keygen -H` of "[example.org]:2222 ED" and "box.example.org ED".
const HASHED_2222 = `|1|Y36/xSLSh4NIVFKi7uXy8kqgrlY=|T0SkTmU246Y780Codu0BmCerDLE= ssh-ed25519 ${ED}`;
const HASHED_22 = `|1|mVCetaeIZvHywSShEFl2XJPHAzQ=|zyMCC09TZp2Mv0ADLUxg2gjJZUQ= ssh-ed25519 ${ED}`;

const edBlob = Buffer.from(ED, 'base64');
const rsaBlob = Buffer.from(RSA, 'base64');

function only<T>(list: T[]): T {
  expect(list).toHaveLength(1);
  return list[0] as T;
}

describe('fingerprints and key blobs', () => {
  it('computes the SHA256 fingerprint OpenSSH prints', () => {
    expect(fingerprintSha256(edBlob)).toBe(ED_FP);
    expect(fingerprintSha256(rsaBlob)).toBe(RSA_FP);
  });

  it('reads the key type out of a blob', () => {
    expect(keyTypeOfBlob(edBlob)).toBe('ssh-ed25519');
    expect(keyTypeOfBlob(rsaBlob)).toBe('ssh-rsa');
    expect(keyTypeOfBlob(Buffer.from([0, 0, 0]))).toBeUndefined();
    expect(keyTypeOfBlob(Buffer.from([0, 0, 1, 0, 1]))).toBeUndefined();
  });

  it('accepts fingerprints as tokens, ssh-keygen -lf lines, lists, with or without padding', () => {
    expect(parseFingerprints(ED_FP)).toEqual([ED_FP]);
    expect(parseFingerprints(`256 ${ED_FP} root@vm (ED25519)`)).toEqual([ED_FP]);
    expect(parseFingerprints(`${ED_FP}=`)).toEqual([ED_FP]);
    expect(parseFingerprints(`${ED_FP}, ${RSA_FP}\n# comment\n`)).toEqual([ED_FP, RSA_FP]);
    expect(parseFingerprints(`sha256:${ED_FP.slice(7)}`)).toEqual([ED_FP]);
  });

  it.each([
    ['not a fingerprint', /not an OpenSSH fingerprint/],
    ['MD5:aa:bb:cc', /MD5 fingerprints are not accepted/],
    ['SHA256:tooShort', /not a complete SHA256 fingerprint/],
    [`SHA256:${ED_FP.slice(7)}xx`, /not a complete/],
  ])('rejects %j', (text, message) => {
    const err = (() => {
      try {
        parseFingerprints(text);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as ConfigurationError).input).toBe('host-fingerprint');
    expect((err as Error).message).toMatch(message);
  });
});

describe('known_hosts parsing and matching', () => {
  it('parses plain, hashed, marked and commented lines', () => {
    const entries = parseKnownHosts(
      [
        '# a comment',
        '',
        `box.example.org,10.0.0.5 ssh-ed25519 ${ED} comment words`,
        `[10.0.0.5]:2222 ssh-rsa ${RSA}`,
        HASHED_2222,
        `@revoked * ssh-rsa ${RSA}`,
        `@cert-authority *.example.org ssh-ed25519 ${ED}`,
        '\r',
      ].join('\r\n'),
    );
    expect(entries.map((e) => [e.line, e.marker, e.keyType, e.hosts.kind])).toEqual([
      [3, undefined, 'ssh-ed25519', 'patterns'],
      [4, undefined, 'ssh-rsa', 'patterns'],
      [5, undefined, 'ssh-ed25519', 'hashed'],
      [6, 'revoked', 'ssh-rsa', 'patterns'],
      [7, 'cert-authority', 'ssh-ed25519', 'patterns'],
    ]);
    expect(entries[0]?.key.equals(edBlob)).toBe(true);
  });

  it.each([
    [`box ssh-ed25519`, /expected 'HOSTS KEYTYPE BASE64KEY'/],
    [`box ssh-ed25519 not*base64`, /not base64/],
    [`box ssh-rsa ${ED}`, /not a valid ssh-rsa public key \(it holds a ssh-ed25519 key\)/],
    [`|1|abc|def ssh-ed25519 ${ED}`, /malformed hashed host name/],
    [`@weird box ssh-ed25519 ${ED}`, /unknown marker/],
  ])('rejects %j with the line number', (line, message) => {
    expect(() => parseKnownHosts(`# first\n${line}`)).toThrow(message);
    expect(() => parseKnownHosts(`# first\n${line}`)).toThrow(/line 2/);
  });

  it('names hosts the OpenSSH way: plain on port 22, [host]:port otherwise', () => {
    expect(knownHostsName('box', 22)).toBe('box');
    expect(knownHostsName('box', 2222)).toBe('[box]:2222');
  });

  it('matches patterns, wildcards, negations and case like OpenSSH', () => {
    const e = (hosts: string) => only(parseKnownHosts(`${hosts} ssh-ed25519 ${ED}`));
    expect(entryMatchesHost(e('box.example.org,10.0.0.5'), '10.0.0.5', 22)).toBe(true);
    expect(entryMatchesHost(e('box.example.org'), 'BOX.example.org', 22)).toBe(true);
    expect(entryMatchesHost(e('box.example.org'), 'box.example.org', 2222)).toBe(false);
    expect(entryMatchesHost(e('[box.example.org]:2222'), 'box.example.org', 2222)).toBe(true);
    expect(entryMatchesHost(e('[box.example.org]:2222'), 'box.example.org', 22)).toBe(false);
    expect(entryMatchesHost(e('*.example.org'), 'gpu1.example.org', 22)).toBe(true);
    expect(entryMatchesHost(e('gpu?.example.org'), 'gpu12.example.org', 22)).toBe(false);
    expect(entryMatchesHost(e('*.example.org,!evil.example.org'), 'evil.example.org', 22)).toBe(false);
    expect(entryMatchesHost(e('box.example.org'), 'boxXexample.org', 22)).toBe(false);
  });

  it('matches hashed names (HMAC-SHA1 of the name) for port 22 and other ports', () => {
    const h2222 = only(parseKnownHosts(HASHED_2222));
    const h22 = only(parseKnownHosts(HASHED_22));
    expect(entryMatchesHost(h2222, 'example.org', 2222)).toBe(true);
    expect(entryMatchesHost(h2222, 'example.org', 22)).toBe(false);
    expect(entryMatchesHost(h22, 'box.example.org', 22)).toBe(true);
    expect(entryMatchesHost(h22, 'other.example.org', 22)).toBe(false);
  });
});

describe('planHostKeyCheck and checkHostKey', () => {
  const base = { host: 'box.example.org', port: 2222 } as const;
  const label = 'root@box.example.org:2222';

  it('pins the known_hosts keys naming the host, and negotiates only their types', () => {
    const check = planHostKeyCheck({
      ...base,
      hostKeyPolicy: 'strict',
      knownHosts: `[box.example.org]:2222 ssh-rsa ${RSA}\nother.example.org ssh-ed25519 ${ED}\n`,
    });
    expect(check).toMatchObject({ mode: 'pinned', input: 'known-hosts', keyTypes: ['ssh-rsa'] });
    expect(checkHostKey(check, rsaBlob, label)).toMatchObject({
      ok: true,
      trust: 'pinned',
      fingerprint: RSA_FP,
      keyType: 'ssh-rsa',
    });
    const bad = checkHostKey(check, edBlob, label);
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.input).toBe('known-hosts');
      expect(bad.message).toContain(`host key mismatch for ${label}: expected ${RSA_FP} (ssh-rsa) from known-hosts`);
      expect(bad.message).toContain(`presented ${ED_FP} (ssh-ed25519)`);
      expect(bad.message).toContain('pin that type as well');
      expect(bad.message).not.toContain('\n');
    }
    expect(hostKeyAlgorithmsFor('ssh-rsa')).toEqual(['rsa-sha2-512', 'rsa-sha2-256', 'ssh-rsa']);
    expect(hostKeyAlgorithmsFor('ssh-ed25519')).toEqual(['ssh-ed25519']);
  });

  it('pins fingerprints (any key type)', () => {
    const check = planHostKeyCheck({ ...base, hostKeyPolicy: 'strict', hostFingerprint: `${ED_FP}\n${RSA_FP}` });
    expect(check).toMatchObject({ mode: 'pinned', input: 'host-fingerprint', keyTypes: [] });
    expect(checkHostKey(check, edBlob, label).ok).toBe(true);
    expect(checkHostKey(check, rsaBlob, label).ok).toBe(true);
  });

  it('refuses strict with no pin, naming the inputs and the opt-in', () => {
    expect(() => planHostKeyCheck({ ...base, hostKeyPolicy: 'strict' })).toThrow(
      /not pinned: pass known-hosts .* or host-fingerprint .* or choose host-key-policy: accept-new/,
    );
  });

  it('refuses strict when known_hosts names other hosts only, saying which', () => {
    expect(() =>
      planHostKeyCheck({
        ...base,
        hostKeyPolicy: 'strict',
        knownHosts: `other.example.org ssh-ed25519 ${ED}\n${HASHED_22}`,
      }),
    ).toThrow(/no key for \[box.example.org\]:2222 \(its lines name: other.example.org \(hashed\)\)/);
  });

  it('trusts on first use only under accept-new, still enforcing pins and revocations', () => {
    const tofu = planHostKeyCheck({ ...base, hostKeyPolicy: 'accept-new' });
    expect(checkHostKey(tofu, edBlob, label)).toMatchObject({ ok: true, trust: 'accepted-new', fingerprint: ED_FP });
    const pinned = planHostKeyCheck({ ...base, hostKeyPolicy: 'accept-new', hostFingerprint: RSA_FP });
    expect(checkHostKey(pinned, edBlob, label).ok).toBe(false);
    const revoked = planHostKeyCheck({
      ...base,
      hostKeyPolicy: 'accept-new',
      knownHosts: `@revoked * ssh-ed25519 ${ED}`,
    });
    const verdict = checkHostKey(revoked, edBlob, label);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.message).toMatch(/@revoked/);
    expect(checkHostKey(revoked, rsaBlob, label).ok).toBe(true);
  });
});
