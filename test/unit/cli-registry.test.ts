import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands/index.js';

describe('the CLI registry', () => {
  it('names and summaries (printed by tenant --help without loading a command) agree with each command', async () => {
    expect(COMMANDS.map((c) => c.name)).toEqual(['profiles', 'lint', 'launch', 'verify-resume', 'pull']);
    for (const entry of COMMANDS) {
      const command = await entry.load();
      expect({ name: command.name, summary: command.summary }).toEqual({ name: entry.name, summary: entry.summary });
    }
  });
});
