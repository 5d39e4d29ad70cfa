import { describe, expect, it } from 'vitest';
import { connectionSettingsFromInputs } from '../../src/actions/connection-inputs.js';
import { ConfigurationError } from '../../src/core/errors.js';
import { normalizePrivateKeyText, looksLikePublicKey } from '../../src/core/host/private-key-text.js';
import type { Ui } from '../../src/core/ui.js';
import { RecordingUi } from '../../src/core/ui.js';

const ED = 'AAAAC3NzaC1lZDI1NTE5AAAAIEdkZ9YhjrHgVfrswszeGoLp91WOSgyxEltXFTmWVCGe';
const ED_FP = 'SHA256:8yu6JxNXG7dbdV8fW3KRUzRO/8Clx5P5kUSejH1jRBo';
const KEY = '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n';

function reader(inputs: Record<string, string>, log: string[] = []): (name: string) => string {
  return (name) => {
    log.push(`read:${name}`);
    return inputs[name] ?? '';
  };
}

describe('connection inputs', () => {
  it('reads every input into ConnectionSettings', () => {
    const s = connectionSettingsFromInputs(
      reader({
        host: 'box.example.org',
        port: '2222',
        user: 'root',
        'private-key': KEY,
        passphrase: 'pw',
        'known-hosts': `[box.example.org]:2222 ssh-ed25519 ${ED}`,
        'host-fingerprint': ED_FP,
        'host-key-policy': 'strict',
        profile: 'autodl',
        'connect-timeout': '30',
      }),
      new RecordingUi(),
    );
    expect(s).toEqual({
      profile: 'autodl',
      host: 'box.example.org',
      port: 2222,
      user: 'root',
      privateKey: KEY,
      passphrase: 'pw',
      knownHosts: `[box.example.org]:2222 ssh-ed25519 ${ED}`,
      hostFingerprint: ED_FP,
      hostKeyPolicy: 'strict',
      connectTimeoutMs: 30_000,
    });
  });

  it('masks the key and passphrase before reading or validating anything else', () => {
    const events: string[] = [];
    const ui = new RecordingUi();
    const spy: Ui = Object.assign(Object.create(ui) as Ui, {
      mask: (s: string) => {
        events.push(`mask:${s.slice(0, 10)}`);
        ui.mask(s);
      },
    });
    const crlfKey = KEY.replace(/\n/g, '\r\n');
    const err = (() => {
      try {
        connectionSettingsFromInputs(reader({ 'private-key': crlfKey, passphrase: 'pw', port: 'bad' }, events), spy);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as ConfigurationError).input).toBe('port');
    const firstOther = events.findIndex(
      (e) => e.startsWith('read:') && !e.includes('private-key') && !e.includes('passphrase'),
    );
    const lastMask = events.map((e) => e.startsWith('mask:')).lastIndexOf(true);
    expect(lastMask).toBeGreaterThan(-1);
    expect(lastMask).toBeLessThan(firstOther);
    expect(ui.secrets).toContain(crlfKey);
    expect(ui.secrets).toContain(normalizePrivateKeyText(crlfKey).trim());
    expect(ui.secrets).toContain('pw');
  });

  it('defaults everything but host, user and key, which openHost asks for', () => {
    expect(connectionSettingsFromInputs(reader({}), new RecordingUi())).toEqual({
      profile: 'generic-ssh',
      port: 22,
      hostKeyPolicy: 'strict',
      connectTimeoutMs: 20_000,
    });
  });

  it('ignores connection inputs for the local profile', () => {
    expect(
      connectionSettingsFromInputs(reader({ profile: 'local', host: '!!bad!!', port: 'x' }), new RecordingUi()),
    ).toMatchObject({
      profile: 'local',
      port: 22,
    });
  });

  it.each([
    [{ host: '$(touch /tmp/pwned)' }, 'host'],
    [{ host: '-oProxyCommand=x' }, 'host'],
    [{ port: '0' }, 'port'],
    [{ user: 'root;id' }, 'user'],
    [{ 'host-key-policy': 'yes' }, 'host-key-policy'],
    [{ 'known-hosts': 'box ssh-ed25519' }, 'known-hosts'],
    [{ 'host-fingerprint': 'abc' }, 'host-fingerprint'],
    [{ profile: '../etc' }, 'profile'],
    [{ 'connect-timeout': '-1' }, 'connect-timeout'],
  ])('rejects %j naming the input', (inputs, input) => {
    try {
      connectionSettingsFromInputs(reader(inputs), new RecordingUi());
      throw new Error('did not throw');
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigurationError);
      expect((e as ConfigurationError).input).toBe(input);
      expect((e as Error).message.startsWith(input)).toBe(true);
    }
  });
});

describe('private key text repair', () => {
  it.each([
    ['crlf', KEY.replace(/\n/g, '\r\n')],
    ['no final newline', KEY.trim()],
    ['quoted', `"${KEY}"`],
    ['escaped newlines on one line', KEY.trim().replace(/\n/g, '\\n')],
    ['bom and spaces', `\uFEFF  ${KEY}  `],
  ])('repairs %s', (_name, text) => {
    expect(normalizePrivateKeyText(text)).toBe(KEY);
  });

  it('spots a public key pasted in place of the private key', () => {
    expect(looksLikePublicKey(`ssh-ed25519 ${ED} me@laptop`)).toBe(true);
    expect(looksLikePublicKey(KEY)).toBe(false);
  });
});
