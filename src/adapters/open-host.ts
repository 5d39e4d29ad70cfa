/**
 * The one way core logic gets a Host: profile `local` runs on this machine (connection settings ignored),
 * anything else connects over SSH. When the host key was trusted on first use (`host-key-policy: accept-new`)
 * the key seen is announced so the user can pin it.
 *
 * Reconnecting after a dropped connection is opening a new host with the same settings.
 */
import type { ConnectionSettings } from '../core/host/connection.js';
import type { Host } from '../core/host/host.js';
import type { Ui } from '../core/ui.js';
import { LocalHost } from './local-host.js';
import { SshHost } from './ssh-host.js';

export const LOCAL_PROFILE = 'local';

export async function openHost(settings: ConnectionSettings, ui: Ui): Promise<Host> {
  if (settings.profile === LOCAL_PROFILE) {
    ui.debug('profile local: commands run on this machine');
    return new LocalHost();
  }
  const host = await SshHost.connect(settings);
  if (host.hostKeyTrust === 'accepted-new') {
    ui.notice(
      `trusted the host key of ${host.label} on first use: ${host.hostKeyFingerprint} (${host.hostKeyType}). ` +
        `Pin it with host-fingerprint: ${host.hostKeyFingerprint} (CLI: --host-fingerprint) once you have checked it.`,
    );
  } else {
    ui.debug(`connected to ${host.label}; host key ${host.hostKeyFingerprint} matches the pin`);
  }
  return host;
}
