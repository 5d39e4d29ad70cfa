import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/errors.js';
import { loadAllProfiles, loadProfile } from '../../src/core/profiles/loader.js';
import {
  codeDir,
  codeDirOrNull,
  detachPrimitives,
  durableCheckpointDir,
  expandPath,
  placeholdersIn,
  preemption,
  survives,
  volatilePaths,
} from '../../src/core/profiles/queries.js';

const p = (id: string) => loadProfile(id);

describe('durableCheckpointDir / codeDir', () => {
  it.each([
    ['autodl', '/root/autodl-tmp/checkpoints', '/root/autodl-tmp/proj'],
    ['runpod', '/workspace/checkpoints', '/workspace/proj'],
    ['vastai', '/workspace/checkpoints', '/workspace/proj'],
    ['lambda', '/lambda/nfs/<name>/checkpoints', '/home/ubuntu/proj'],
    ['china-gpushare', '/hy-netdisk/checkpoints', '/hy-netdisk/proj'],
    ['generic-ssh', '$HOME/proj/checkpoints', '$HOME/proj'],
    ['slurm', '/scratch/$USER/proj/checkpoints', '$HOME/proj'],
    ['local', '<workspace>/checkpoints', '<workspace>'],
  ])('%s', (id, ckpt, code) => {
    expect(durableCheckpointDir(p(id))).toBe(ckpt);
    expect(codeDir(p(id))).toBe(code);
  });

  it('kubernetes has no code dir: codeDir throws a ConfigurationError, codeDirOrNull says null', () => {
    expect(() => codeDir(p('kubernetes'))).toThrow(ConfigurationError);
    expect(() => codeDir(p('kubernetes'))).toThrow(/baked into the image/);
    expect(codeDirOrNull(p('kubernetes'))).toBeNull();
    expect(durableCheckpointDir(p('kubernetes'))).toBe('/checkpoints');
  });

  it('every profile checkpoint dir survives a stop, and never sits on a volatile path', () => {
    for (const profile of loadAllProfiles()) {
      const s = survives(profile, durableCheckpointDir(profile));
      expect(s.stop, profile.id).toBe(true);
      expect(s.source, profile.id).toMatch(/§/);
    }
  });
});

describe('survives: longest-prefix match', () => {
  it('AutoDL: the shared FS outlives release, the data disk does not, the system disk catches the rest', () => {
    expect(survives(p('autodl'), '/root/autodl-fs/final_ckpts/best.pth')).toMatchObject({
      stop: true,
      destroy: true,
      mount: '/root/autodl-fs',
    });
    expect(survives(p('autodl'), '/root/autodl-tmp/checkpoints/x.pt')).toMatchObject({
      stop: true,
      destroy: false,
      mount: '/root/autodl-tmp',
    });
    expect(survives(p('autodl'), '/root/other/x.pt')).toMatchObject({ stop: true, destroy: false, mount: '/' });
    // a sibling that only shares a string prefix is not inside the mount
    expect(survives(p('autodl'), '/root/autodl-tmpfoo/x')).toMatchObject({ mount: '/' });
    expect(survives(p('autodl'), '/root/autodl-fs/x').source).toBe(
      'seed/remote-gpu-trainer/profiles/autodl.md §2 Storage',
    );
  });

  it('RunPod: /workspace survives a stop, the container disk does not', () => {
    expect(survives(p('runpod'), '/workspace/checkpoints/a.pt')).toMatchObject({
      stop: true,
      destroy: false,
      mount: '/workspace',
    });
    expect(survives(p('runpod'), '/root/ckpt/a.pt')).toMatchObject({ stop: false, destroy: false, mount: '/' });
    expect(survives(p('runpod'), '/root/ckpt/a.pt').source).toContain('runpod.md §2');
  });

  it('a universal volatile path can only make the answer worse than its mount', () => {
    expect(survives(p('autodl'), '/tmp/ckpt.pt')).toMatchObject({ stop: false, destroy: false, mount: '/tmp' });
    expect(survives(p('autodl'), '/var/tmp/ckpt.pt')).toMatchObject({ stop: true, destroy: false, mount: '/var/tmp' });
    // on RunPod /var/tmp is on the container disk, which a stop wipes
    expect(survives(p('runpod'), '/var/tmp/ckpt.pt')).toMatchObject({ stop: false, destroy: false });
    expect(survives(p('lambda'), '/dev/shm/x').source).toContain('data-pipeline.md §DP15');
  });

  it('a profile that lists /tmp itself is cited instead of the universal entry', () => {
    expect(survives(p('paperspace'), '/tmp/x').source).toBe(
      'seed/remote-gpu-trainer/profiles/paperspace.md §8 Overrides',
    );
  });

  it('placeholders: an inner placeholder matches any one segment; a leading one only itself', () => {
    expect(survives(p('lambda'), '/lambda/nfs/persistent-storage/ckpt')).toMatchObject({
      stop: true,
      destroy: true,
      mount: '/lambda/nfs/<name>',
    });
    expect(survives(p('lambda'), '/lambda/nfs/<name>/checkpoints')).toMatchObject({ destroy: true });
    expect(survives(p('lambda'), '/lambda/nfs')).toMatchObject({ destroy: false, mount: '/' });
    expect(survives(p('slurm'), '/scratch/alice/proj/c.pt')).toMatchObject({
      stop: true,
      destroy: true,
      mount: '/scratch/$USER',
    });
    expect(survives(p('slurm'), '${TMPDIR}/c.pt')).toMatchObject({ stop: false, destroy: false, mount: '$TMPDIR' });
    expect(survives(p('slurm'), '/opt/c.pt')).toMatchObject({ stop: null, destroy: null });
    expect(survives(p('slurm'), '/home/alice/proj/c.pt')).toMatchObject({ stop: true, destroy: true, mount: '$HOME' });
    expect(survives(p('slurm'), '~/proj/c.pt')).toMatchObject({ mount: '$HOME' });
    expect(survives(p('local'), '$GITHUB_WORKSPACE/checkpoints/x')).toMatchObject({
      stop: true,
      destroy: null,
      mount: '<workspace>',
    });
    expect(survives(p('local'), '$RUNNER_TEMP/x')).toMatchObject({ stop: false, destroy: false });
  });

  it('relative paths are taken from the code dir; .. is resolved', () => {
    expect(survives(p('runpod'), 'checkpoints/a.pt')).toMatchObject({ stop: true, mount: '/workspace' });
    expect(survives(p('runpod'), '../../root/a.pt')).toMatchObject({ stop: false, mount: '/' });
    expect(survives(p('kubernetes'), 'ckpt/a.pt')).toMatchObject({ stop: null, destroy: null });
  });

  it('gpushare: /root resets and /hy-tmp is wiped, /hy-netdisk survives', () => {
    expect(survives(p('china-gpushare'), '/root/ckpt')).toMatchObject({ stop: false, destroy: false });
    expect(survives(p('china-gpushare'), '/hy-tmp/ckpt')).toMatchObject({ stop: false, destroy: false });
    expect(survives(p('china-gpushare'), '/hy-netdisk/ckpt')).toMatchObject({ stop: true, destroy: true });
  });
});

describe('volatilePaths', () => {
  it('AutoDL: only the universal ones, each with its own source', () => {
    const v = volatilePaths(p('autodl'));
    expect(v.map((x) => x.path)).toEqual(['/tmp', '/dev/shm', '/var/tmp']);
    expect(v.every((x) => x.platform === 'autodl')).toBe(true);
    expect(v.find((x) => x.path === '/tmp')?.source).toMatch(/^FHS 3\.0 §3\.18/);
    expect(v.find((x) => x.path === '/dev/shm')?.source).toBe(
      'seed/remote-gpu-trainer/references/training/data-pipeline.md §DP15',
    );
    expect(v.find((x) => x.path === '/var/tmp')?.lostOn).toEqual(['destroy']);
  });

  it('RunPod: the container disk first, lost on stop, then the universal ones', () => {
    const v = volatilePaths(p('runpod'));
    expect(v[0]).toMatchObject({ path: '/', lostOn: ['stop', 'restart', 'destroy'], platform: 'runpod' });
    expect(v[0]?.source).toContain('runpod.md §2');
    expect(v.map((x) => x.path)).toEqual(['/', '/tmp', '/dev/shm', '/var/tmp']);
  });

  it('mounts that do not survive a stop are listed too, citing that fact', () => {
    const v = volatilePaths(p('china-matpool'));
    expect(v.map((x) => x.path)).toEqual(['/root', '/', '/tmp', '/dev/shm', '/var/tmp']);
    expect(v[1]).toMatchObject({
      lostOn: ['stop', 'destroy'],
      source: 'seed/remote-gpu-trainer/profiles/china.md §5 Teardown',
    });
  });

  it('a profile entry replaces the universal one for the same path', () => {
    const tmp = volatilePaths(p('paperspace')).filter((x) => x.path === '/tmp');
    expect(tmp).toHaveLength(1);
    expect(tmp[0]?.source).toContain('paperspace.md §8');
  });

  it('Slurm: node-local $TMPDIR is lost at job end; local: RUNNER_TEMP is too', () => {
    expect(volatilePaths(p('slurm'))[0]).toMatchObject({ path: '$TMPDIR', lostOn: ['session-end'] });
    expect(volatilePaths(p('local'))[0]).toMatchObject({ path: '$RUNNER_TEMP', lostOn: ['session-end'] });
  });

  it('every entry everywhere names a loss, a note and a source with a section', () => {
    for (const profile of loadAllProfiles()) {
      for (const v of volatilePaths(profile)) {
        expect(v.lostOn.length, `${profile.id} ${v.path}`).toBeGreaterThan(0);
        expect(v.note.length).toBeGreaterThan(0);
        expect(v.source).toMatch(/§/);
      }
    }
  });
});

describe('preemption and detach', () => {
  it('vast.ai is an abrupt KILL; RunPod gives TERM and ~5 s; Slurm and Kubernetes 30 s; local TERM with a small grace', () => {
    expect(preemption(p('vastai'))).toEqual({
      signal: 'KILL',
      graceSeconds: 0,
      source: 'seed/remote-gpu-trainer/profiles/vastai.md §4 Spot (VAST4)',
    });
    expect(preemption(p('runpod'))).toMatchObject({ signal: 'TERM', graceSeconds: 5 });
    expect(preemption(p('slurm'))).toMatchObject({ signal: 'TERM', graceSeconds: 30 });
    expect(preemption(p('kubernetes'))).toMatchObject({ signal: 'TERM', graceSeconds: 30 });
    expect(preemption(p('local'))).toMatchObject({ signal: 'TERM', graceSeconds: 10 });
    expect(preemption(p('generic-ssh'))).toMatchObject({ signal: 'KILL', graceSeconds: 0 });
  });

  it('detach primitives in order of preference', () => {
    expect(detachPrimitives(p('autodl'))).toEqual(['tmux', 'setsid', 'nohup']);
    expect(detachPrimitives(p('local'))).toEqual(['setsid', 'tmux', 'nohup']);
    expect(detachPrimitives(p('slurm'))).toEqual(['sbatch']);
    expect(detachPrimitives(p('kubernetes'))).toEqual(['kubectl-job']);
    const list = detachPrimitives(p('runpod'));
    list.push('screen');
    expect(detachPrimitives(p('runpod'))).toEqual(['tmux', 'setsid', 'nohup']); // a copy, not the cached profile
  });
});

describe('placeholders', () => {
  it('placeholdersIn and expandPath', () => {
    expect(placeholdersIn('/lambda/nfs/<name>/checkpoints')).toEqual(['name']);
    expect(placeholdersIn('~/proj')).toEqual(['HOME']);
    expect(expandPath('/lambda/nfs/<name>/checkpoints', { name: 'store' })).toBe('/lambda/nfs/store/checkpoints');
    expect(expandPath('$HOME/proj/checkpoints', { HOME: '/home/alice/' })).toBe('/home/alice/proj/checkpoints');
    expect(expandPath('~/proj', { HOME: '/root' })).toBe('/root/proj');
    expect(expandPath('/scratch/${USER}/proj', { USER: 'bob' })).toBe('/scratch/bob/proj');
    expect(expandPath('<workspace>/checkpoints', {})).toBe('<workspace>/checkpoints');
  });
});

describe('paths that cannot be placed', () => {
  it('.. above a leading placeholder does not pretend to stay inside it', () => {
    expect(survives(loadProfile('slurm'), '$HOME/../x')).toMatchObject({ stop: null, destroy: null });
  });
});
