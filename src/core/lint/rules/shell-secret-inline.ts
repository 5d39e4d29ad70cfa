/**
 * shell/secret-inline: a credential inside a command line: a literal token, a secret-named variable expanded
 * into an ssh/scp command (the value lands in the remote argv, `ps` and shell history), or a credential file
 * copied to a rented box.
 */
import { at, type Rule } from '../rule.js';
import { basename, effectiveArgv, isAssignment, sshParts } from '../shell/script.js';
import type { Word } from '../shell/tokenizer.js';
import type { RawFinding } from '../types.js';

const TOKEN_SHAPES: [RegExp, string][] = [
  [/\bhf_[A-Za-z0-9]{30,}\b/, 'a Hugging Face token'],
  [/\bAKIA[0-9A-Z]{16}\b/, 'an AWS access key id'],
  [/\bgh[pousr]_[A-Za-z0-9]{36,}\b/, 'a GitHub token'],
  [/\bgithub_pat_[A-Za-z0-9_]{50,}\b/, 'a GitHub token'],
  [/\bsk-(?:proj-|ant-)?[A-Za-z0-9_-]{32,}\b/, 'an API secret key'],
  [/\bxox[abprs]-[A-Za-z0-9-]{10,}\b/, 'a Slack token'],
];
const SECRET_NAME = /(TOKEN|SECRET|PASSWORD|PASSWD|API_?KEY|ACCESS_KEY|PRIVATE_KEY|AUTH)$/i;
const WANDB_KEY = /(WANDB|KEY|TOKEN)[A-Z_]*\s*[=:]\s*["']?[0-9a-f]{40}\b/i;
const PLACEHOLDER = /^(<.*>|x+|\*+|\.\.\.|changeme|your[-_].*|\$.*|%.*%|)$/i;
const CRED_FILE =
  /(^|\/)(\.netrc|\.pypirc|\.npmrc|credentials(\.json)?|id_(rsa|ed25519|ecdsa|dsa)|[^/]*\.pem|[^/]*\.key|\.env|secrets\.toml|\.wandb_key|token)$/;
const REMOTE_TOOLS = new Set(['ssh', 'scp', 'rsync', 'sftp', 'sshpass']);

export const shellSecretInline: Rule = {
  id: 'shell/secret-inline',
  severity: 'error',
  title: 'Credential inside a command line',
  triggers: [
    'ssh',
    'scp',
    'rsync',
    'sftp',
    'hf_',
    'AKIA',
    'ghp_',
    'gho_',
    'ghu_',
    'ghs_',
    'ghr_',
    'github_pat_',
    'sk-',
    'xox',
    'KEY',
    'Key',
    'key',
    'TOKEN',
    'Token',
    'token',
  ],
  shell({ file, script, embedded }) {
    const out: RawFinding[] = [];
    // Literal token shapes anywhere in a shell file.
    if (!embedded) {
      const lines = file.lines();
      lines.forEach((line, i) => {
        for (const [re, what] of TOKEN_SHAPES) {
          const m = re.exec(line);
          if (m)
            out.push(
              at(
                i + 1,
                (m.index ?? 0) + 1,
                `this line holds ${what} in clear text; anyone with the repository (and the box's process list) has it. Revoke it, read it from the environment, and stream it to the box on stdin: printf '%s\\n' "$TOKEN" | ssh host 'umask 077; cat > ~/.token'.`,
              ),
            );
        }
        const w = WANDB_KEY.exec(line);
        if (w && !out.some((f) => f.line === i + 1))
          out.push(
            at(
              i + 1,
              (w.index ?? 0) + 1,
              'this line assigns a 40-hex API key in clear text. Revoke it, read it from the environment, and stream it to the box on stdin.',
            ),
          );
      });
    }
    for (const unit of script.units) {
      if (unit.level > 0) continue;
      for (const cmd of unit.commands) {
        const { words } = effectiveArgv(cmd);
        const tool = basename(words[0]?.value ?? '');
        if (!REMOTE_TOOLS.has(tool)) continue;
        if (tool === 'sshpass') {
          const p = words.findIndex((w) => w.value === '-p');
          const pw = p === -1 ? undefined : words[p + 1];
          if (pw && !PLACEHOLDER.test(pw.value))
            out.push(
              at(
                pw.line,
                pw.col,
                'sshpass -p puts the password in the command line (visible in ps and the shell history). Use a key, or sshpass -e with SSHPASS in the environment.',
              ),
            );
          continue;
        }
        const scan: Word[] = tool === 'ssh' ? sshParts(words).remote : words.slice(1);
        for (const w of scan) {
          for (const piece of w.value.split(/[\s;&|]+/)) {
            const a = /^([A-Za-z_][A-Za-z0-9_]*)=(.+)$/.exec(piece);
            if (a?.[1] && SECRET_NAME.test(a[1]) && !PLACEHOLDER.test(a[2] ?? '') && !/^["']?\$/.test(a[2] ?? '')) {
              out.push(
                at(
                  w.line,
                  w.col,
                  `${a[1]}=… is written into the ${tool} command line: the value reaches the remote argv, ps and logs. Stream it on stdin instead: printf '%s\\n' "$${a[1]}" | ssh host 'umask 077; cat > ~/.secret'.`,
                ),
              );
            }
          }
          const expanded =
            w.vars.find((v) => SECRET_NAME.test(v)) ??
            /\$\{\{\s*secrets\.([A-Za-z0-9_]+)/.exec(w.raw)?.[1] ??
            undefined;
          if (expanded) {
            out.push(
              at(
                w.line,
                w.col,
                `$${expanded} is expanded into the ${tool} command line, so the secret's value lands in the remote argv (ps, /proc, shell history on the box). Stream it on stdin instead: printf '%s\\n' "$${expanded}" | ssh host 'umask 077; cat > ~/.secret'.`,
                { severity: 'warning' },
              ),
            );
          }
        }
        if (tool === 'scp' || tool === 'rsync') {
          const operands = words.slice(1).filter((w) => !w.value.startsWith('-') && !isAssignment(w));
          const dest = operands[operands.length - 1];
          if (dest && /^[^/]*:/.test(dest.value)) {
            for (const src of operands.slice(0, -1)) {
              if (CRED_FILE.test(src.value))
                out.push(
                  at(
                    src.line,
                    src.col,
                    `${tool} copies the credential file ${src.value} onto the remote box, where it outlives the run (disks of rented machines are reused). Stream the secret on stdin into a file with umask 077, and delete it at teardown.`,
                  ),
                );
            }
          }
        }
      }
    }
    return out;
  },
};
