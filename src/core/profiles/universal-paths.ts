import type { VolatileEntry } from './schema.js';

/**
 * Paths that are volatile on every Linux box, whatever the platform. A profile that lists the same path
 * itself (e.g. Paperspace's `/tmp`) replaces the entry here. Sources follow the same rule as profile facts.
 */
export const UNIVERSAL_VOLATILE: readonly VolatileEntry[] = [
  {
    path: '/tmp',
    lostOn: ['stop', 'restart', 'destroy'],
    note: 'Scratch space: cleared at boot on most distributions (tmpfs or systemd-tmpfiles) and never promised to persist.',
    source: 'FHS 3.0 §3.18 /tmp (programs must not assume files are preserved between invocations)',
    verified: '2026-11',
  },
  {
    path: '/dev/shm',
    lostOn: ['stop', 'restart', 'destroy'],
    note: 'Shared memory held in RAM: gone at every restart, and only 64 MB by default in Docker containers.',
    source: 'seed/remote-gpu-trainer/references/training/data-pipeline.md §DP15',
    verified: '2026-06',
  },
  {
    path: '/var/tmp',
    lostOn: ['destroy'],
    note: 'Kept across reboots, but systemd-tmpfiles prunes old files and it lives on the system or container disk.',
    source: 'FHS 3.0 §5.15 /var/tmp (preserved between reboots; temporary by contract)',
    verified: '2026-11',
  },
];
