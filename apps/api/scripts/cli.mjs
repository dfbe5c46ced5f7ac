#!/usr/bin/env node
// `pnpm cli <command> [options]`: builds the API if its sources changed (turbo caches the rest), then runs the command.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const build = spawnSync(
  'pnpm',
  ['exec', 'turbo', 'run', 'build', '--filter=@crowdstake/api', '--output-logs=errors-only'],
  {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', TURBO_NO_UPDATE_NOTIFIER: '1' },
  },
);
if (build.status !== 0) {
  process.stderr.write('Building the API failed; run `pnpm build` to see why.\n');
  process.exit(build.status ?? 1);
}
const command = spawnSync(process.execPath, [join(root, 'apps/api/dist/cli/main.js'), ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(command.status ?? 1);
