/**
 * Pre-flight: everything measured on the box in one exec before anything starts — GPUs (nvidia-smi), free
 * bytes and inodes of the work dir and the checkpoint dir (their nearest existing ancestor), the memory limit
 * (cgroup v2 `memory.max` up the hierarchy, cgroup v1 `memory.limit_in_bytes`, else MemTotal) and the tools
 * the launch uses. `evaluatePreflight` turns the measurements into checks; a failed check carries the
 * measured figure and the limit, and names the input that sets the limit.
 */
import type { Host } from '../host/host.js';
import { shellQuote } from '../host/quote.js';
import { describeExpectGpu, describeGpus, gpuMismatch, parseGpuCsv, type ExpectGpu, type Gpu } from './gpu.js';

export interface DiskFigures {
  /** The directory measured (the path, or its nearest existing ancestor). */
  measured: string;
  freeBytes: number | null;
  /** null when the filesystem has no inode limit (btrfs, some overlays) or df cannot say. */
  freeInodes: number | null;
}

export interface PreflightFigures {
  gpu: { state: 'ok'; gpus: Gpu[] } | { state: 'missing' } | { state: 'error'; message: string };
  work: DiskFigures;
  checkpoint: DiskFigures;
  memory: { limitBytes: number | null; source: string; usedBytes: number | null; totalBytes: number | null };
  tools: Record<'tmux' | 'rsync' | 'setsid' | 'flock' | 'tar', boolean>;
}

export interface PreflightLimits {
  expectGpu: ExpectGpu;
  /** The local profile: no GPU is a notice, not a failure. */
  gpuOptional: boolean;
  minFreeDiskBytes: number;
  minFreeInodes: number;
  minMemoryBytes: number | undefined;
  checkpointSizeBytes: number | undefined;
  keep: number | undefined;
}

export interface CheckResult {
  id: 'gpu' | 'disk-work' | 'inodes-work' | 'disk-checkpoint' | 'inodes-checkpoint' | 'memory' | 'disk-budget';
  title: string;
  status: 'pass' | 'fail' | 'skip';
  measured: string;
  limit: string;
  /** The input that sets the limit. */
  input: string;
  note?: string;
}

/** Bash: print `key<TAB>value` lines for everything the checks need. Builtins where possible: few forks. */
export function preflightScript(workdir: string, checkpointDir: string): string {
  return [
    'set -u',
    'near() { p=$1; while [ ! -e "$p" ] && [ -n "$p" ] && [ "$p" != / ]; do p=${p%/*}; done; printf %s "${p:-/}"; }',
    `w=$(near ${shellQuote(workdir)}); c=$(near ${shellQuote(checkpointDir)})`,
    // One df per figure for both dirs; -P keeps one line per filesystem.
    'k=(); i=()',
    'while read -r _ _ _ a _; do k+=("$a"); done < <(df -Pk -- "$w" "$c" 2>/dev/null | tail -n +2)',
    'while read -r _ _ _ a _; do i+=("$a"); done < <(df -Pi -- "$w" "$c" 2>/dev/null | tail -n +2)',
    'printf \'work\\t%s\\t%s\\t%s\\n\' "$w" "${k[0]:-}" "${i[0]:-}"',
    'printf \'ckpt\\t%s\\t%s\\t%s\\n\' "$c" "${k[1]:-}" "${i[1]:-}"',
    'if command -v nvidia-smi >/dev/null 2>&1; then',
    '  if command -v timeout >/dev/null 2>&1; then to="timeout 30"; else to=; fi',
    '  out=$($to nvidia-smi --query-gpu=name,memory.total,memory.used --format=csv,noheader,nounits 2>&1); rc=$?',
    '  if [ $rc -eq 0 ]; then printf \'gpu\\tok\\n\'; while IFS= read -r l; do [ -n "$l" ] && printf \'gpuline\\t%s\\n\' "$l"; done <<< "$out"',
    "  else printf 'gpu\\terror\\t%s\\n' \"${out%%$'\\n'*}\"; fi",
    "else printf 'gpu\\tmissing\\n'; fi",
    // cgroup v2: the tightest memory.max from our cgroup up to the root; v1: memory.limit_in_bytes.
    'lim=; src=; used=',
    'if [ -f /sys/fs/cgroup/cgroup.controllers ]; then',
    '  cg=; while IFS= read -r l; do case $l in 0::*) cg=${l#0::} ;; esac; done < /proc/self/cgroup',
    '  d=/sys/fs/cgroup${cg%/}',
    '  while :; do',
    '    if [ -r "$d/memory.max" ]; then read -r v < "$d/memory.max"; if [ "$v" != max ] && { [ -z "$lim" ] || [ "$v" -lt "$lim" ]; }; then lim=$v; src=$d/memory.max; fi; fi',
    '    if [ -z "$used" ] && [ -r "$d/memory.current" ]; then read -r used < "$d/memory.current"; fi',
    '    [ "$d" = /sys/fs/cgroup ] && break; d=${d%/*}; case $d in /sys/fs/cgroup*) ;; *) break ;; esac',
    '  done',
    '  [ -n "$src" ] || src="cgroup v2 memory.max (max)"',
    'elif [ -r /sys/fs/cgroup/memory/memory.limit_in_bytes ]; then',
    '  read -r v < /sys/fs/cgroup/memory/memory.limit_in_bytes; src=/sys/fs/cgroup/memory/memory.limit_in_bytes',
    '  if [ ${#v} -lt 19 ]; then lim=$v; fi',
    '  [ -r /sys/fs/cgroup/memory/memory.usage_in_bytes ] && read -r used < /sys/fs/cgroup/memory/memory.usage_in_bytes',
    'else src="no cgroup memory controller"; fi',
    'tot=; while read -r key val _; do if [ "$key" = MemTotal: ]; then tot=$((val*1024)); break; fi; done < /proc/meminfo',
    'printf \'mem\\t%s\\t%s\\t%s\\t%s\\n\' "${lim:-}" "$src" "${used:-}" "${tot:-}"',
    "for t in tmux rsync setsid flock tar; do if command -v $t >/dev/null 2>&1; then printf 'tool\\t%s\\t1\\n' $t; else printf 'tool\\t%s\\t0\\n' $t; fi; done",
  ].join('\n');
}

function int(text: string | undefined): number | null {
  const t = (text ?? '').trim();
  return /^\d+$/.test(t) ? Number(t) : null;
}

export function parsePreflightOutput(stdout: string): PreflightFigures {
  const rows = stdout
    .split('\n')
    .filter((l) => l.includes('\t'))
    .map((l) => l.split('\t'));
  const row = (k: string): string[] | undefined => rows.find((r) => r[0] === k);
  const disk = (k: string): DiskFigures => {
    const r = row(k);
    const kb = int(r?.[2]);
    return { measured: r?.[1] ?? '', freeBytes: kb === null ? null : kb * 1024, freeInodes: int(r?.[3]) };
  };
  const g = row('gpu');
  let gpu: PreflightFigures['gpu'];
  if (g?.[1] === 'ok') {
    gpu = {
      state: 'ok',
      gpus: parseGpuCsv(
        rows
          .filter((r) => r[0] === 'gpuline')
          .map((r) => r.slice(1).join('\t'))
          .join('\n'),
      ),
    };
  } else if (g?.[1] === 'error') gpu = { state: 'error', message: g.slice(2).join('\t').trim() || 'nvidia-smi failed' };
  else gpu = { state: 'missing' };
  const m = row('mem');
  const tools = { tmux: false, rsync: false, setsid: false, flock: false, tar: false };
  for (const r of rows.filter((x) => x[0] === 'tool')) {
    const name = r[1] as keyof typeof tools;
    if (name in tools) tools[name] = r[2] === '1';
  }
  return {
    gpu,
    work: disk('work'),
    checkpoint: disk('ckpt'),
    memory: { limitBytes: int(m?.[1]), source: m?.[2] ?? '', usedBytes: int(m?.[3]), totalBytes: int(m?.[4]) },
    tools,
  };
}

export async function measureBox(host: Host, workdir: string, checkpointDir: string): Promise<PreflightFigures> {
  const res = await host.exec({ script: preflightScript(workdir, checkpointDir) }, { timeoutMs: 60_000 });
  return parsePreflightOutput(res.stdout);
}

/** `12.3 GiB`, `512 MiB`, `800 B`. */
export function formatBytes(n: number | null): string {
  if (n === null) return 'unknown';
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
  let v = n;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return i === 0 ? `${n} B` : `${v >= 100 ? v.toFixed(0) : v.toFixed(1)} ${units[i]}`;
}

export function formatCount(n: number | null): string {
  return n === null ? 'unknown' : n.toLocaleString('en-US');
}

function floor(
  id: CheckResult['id'],
  title: string,
  have: number | null,
  min: number,
  fmt: (n: number | null) => string,
  input: string,
  where: string,
): CheckResult {
  if (have === null)
    return {
      id,
      title,
      status: 'skip',
      measured: 'unknown',
      limit: `≥ ${fmt(min)}`,
      input,
      note: `${where}: df reports no figure`,
    };
  return {
    id,
    title,
    status: have >= min ? 'pass' : 'fail',
    measured: `${fmt(have)} free on ${where}`,
    limit: `≥ ${fmt(min)}`,
    input,
  };
}

export function evaluatePreflight(f: PreflightFigures, limits: PreflightLimits): CheckResult[] {
  const out: CheckResult[] = [];
  // GPU
  const want = describeExpectGpu(limits.expectGpu);
  if (limits.expectGpu.kind === 'none') {
    out.push({
      id: 'gpu',
      title: 'GPU',
      status: 'skip',
      measured: f.gpu.state === 'ok' ? describeGpus(f.gpu.gpus) : 'not checked',
      limit: want,
      input: 'expect-gpu',
    });
  } else if (f.gpu.state === 'error') {
    out.push({
      id: 'gpu',
      title: 'GPU',
      status: 'fail',
      measured: `nvidia-smi failed: ${f.gpu.message}`,
      limit: want,
      input: 'expect-gpu',
    });
  } else {
    const gpus = f.gpu.state === 'ok' ? f.gpu.gpus : [];
    const measured = f.gpu.state === 'missing' ? 'no nvidia-smi on the box' : describeGpus(gpus);
    if (gpus.length === 0 && limits.gpuOptional && limits.expectGpu.kind === 'any') {
      out.push({
        id: 'gpu',
        title: 'GPU',
        status: 'skip',
        measured,
        limit: want,
        input: 'expect-gpu',
        note: 'profile local without a GPU: running on the CPU',
      });
    } else {
      const why = gpuMismatch(limits.expectGpu, gpus);
      const detail = why && why !== 'no GPU' ? `${measured}: ${why}` : measured;
      out.push({
        id: 'gpu',
        title: 'GPU',
        status: why ? 'fail' : 'pass',
        measured: detail,
        limit: want,
        input: 'expect-gpu',
      });
    }
  }
  // Disk bytes and inodes, work dir and checkpoint dir.
  out.push(
    floor(
      'disk-work',
      'free disk, work dir',
      f.work.freeBytes,
      limits.minFreeDiskBytes,
      formatBytes,
      'min-free-disk',
      f.work.measured,
    ),
  );
  out.push(
    floor(
      'inodes-work',
      'free inodes, work dir',
      f.work.freeInodes,
      limits.minFreeInodes,
      formatCount,
      'min-free-inodes',
      f.work.measured,
    ),
  );
  out.push(
    floor(
      'disk-checkpoint',
      'free disk, checkpoint dir',
      f.checkpoint.freeBytes,
      limits.minFreeDiskBytes,
      formatBytes,
      'min-free-disk',
      f.checkpoint.measured,
    ),
  );
  out.push(
    floor(
      'inodes-checkpoint',
      'free inodes, checkpoint dir',
      f.checkpoint.freeInodes,
      limits.minFreeInodes,
      formatCount,
      'min-free-inodes',
      f.checkpoint.measured,
    ),
  );
  // Memory: the cgroup limit, else the machine's RAM.
  const limit = f.memory.limitBytes ?? f.memory.totalBytes;
  const memText =
    f.memory.limitBytes !== null
      ? `${formatBytes(f.memory.limitBytes)} (${f.memory.source})`
      : `${formatBytes(f.memory.totalBytes)} RAM, no cgroup limit (${f.memory.source})`;
  if (limits.minMemoryBytes === undefined) {
    out.push({
      id: 'memory',
      title: 'memory limit',
      status: 'pass',
      measured: memText,
      limit: 'none set',
      input: 'min-memory',
      note: 'size DataLoader workers against this, not the CPU count',
    });
  } else {
    out.push({
      id: 'memory',
      title: 'memory limit',
      status: limit === null ? 'skip' : limit >= limits.minMemoryBytes ? 'pass' : 'fail',
      measured: memText,
      limit: `≥ ${formatBytes(limits.minMemoryBytes)}`,
      input: 'min-memory',
    });
  }
  // Disk budget: checkpoint-size × keep must fit in the checkpoint dir's free bytes.
  if (limits.checkpointSizeBytes !== undefined && limits.keep !== undefined) {
    const need = limits.checkpointSizeBytes * limits.keep;
    const have = f.checkpoint.freeBytes;
    out.push({
      id: 'disk-budget',
      title: 'checkpoint budget',
      status: have === null ? 'skip' : need <= have ? 'pass' : 'fail',
      measured: `${formatBytes(have)} free on ${f.checkpoint.measured}`,
      limit: `≥ ${formatBytes(need)} (${formatBytes(limits.checkpointSizeBytes)} × keep ${limits.keep})`,
      input: 'checkpoint-size, keep',
    });
  }
  return out;
}

/** One line per failed check: `free inodes, work dir: 1,234 free on /data, limit ≥ 10,000 (min-free-inodes)`. */
export function describeFailures(checks: readonly CheckResult[]): string[] {
  return checks
    .filter((c) => c.status === 'fail')
    .map((c) => `${c.title}: ${c.measured}; limit ${c.limit} (${c.input})`);
}
