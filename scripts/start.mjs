// `npm start`: lint the bundled example drafts and print findings and the theme coverage table.
// The examples contain deliberate problems, so the CLI's exit code 1 ("lint errors found") is the
// expected outcome here; only a usage/config/I-O failure (exit 2) fails `npm start`.
import { spawnSync } from 'node:child_process';

const result = spawnSync(process.execPath, ['dist/cli.js', '--coverage', 'examples'], { stdio: 'inherit' });
if (result.status === 1) {
  console.log('\nThe example drafts contain deliberate problems (see the comment at the top of each), so errors above are expected.');
  console.log('Try: node dist/cli.js --format json examples/lcspr-gaps.md   |   node dist/cli.js --help');
  process.exit(0);
}
process.exit(result.status ?? 2);
