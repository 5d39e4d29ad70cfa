import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Integration suites start their own sshd and real processes; two cores on CI, so keep parallelism modest.
    maxWorkers: 2,
    reporters: ['default'],
  },
});
