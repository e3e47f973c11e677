/**
 * Tests that need ../shared (the corpus beside the clone): in a clone with nothing beside it they
 * are skipped, and the run's closing summary says how many and why, once; with
 * VPCLINT_REQUIRE_SHARED=1, which .ci/run sets because CI always lays ../shared there, the
 * missing folder fails the run instead. Each case runs vitest in a child process on a small test
 * file whose "shared folder" is a temporary path that does not exist.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REQUIRE_SHARED, repoRoot, sharedPresent } from './helpers/repo.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'vpclint-shared-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const missing = path.join(root, 'shared');
symlinkSync(path.join(repoRoot, 'node_modules'), path.join(root, 'node_modules'));
writeFileSync(
  path.join(root, 'needs-shared.test.ts'),
  `import { describe, expect, it } from 'vitest';
import { needsShared } from ${JSON.stringify(path.join(repoRoot, 'test/helpers/repo.ts'))};
it('needs nothing', () => expect(1 + 1).toBe(2));
describe('needs the corpus', needsShared(${JSON.stringify(path.join(missing, 'corpus'))}), () => {
  it('reads a plan', () => expect.unreachable());
  it.each([1, 2])('reads estate %i', () => expect.unreachable());
});
describe('needs a schema', needsShared(${JSON.stringify(path.join(missing, 'schemas/schema.json'))}), () => {
  it('validates', () => expect.unreachable());
});
`,
);
writeFileSync(
  path.join(root, 'vitest.config.mjs'),
  `export default { test: { include: ['needs-shared.test.ts'], reporters: ['default', ${JSON.stringify(path.join(repoRoot, 'test/summary-reporter.ts'))}] } };\n`,
);

/** The child's exit status, and its output as lines: stdout (which ends with the summary), then stderr. */
function vitest(env: Record<string, string>): { status: number | null; stdout: string[]; lines: string[] } {
  const childEnv: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', ...env };
  const r = spawnSync(process.execPath, [path.join(repoRoot, 'node_modules/vitest/vitest.mjs'), 'run'], { cwd: root, env: childEnv, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout.split('\n').filter((l) => l !== ''), lines: `${r.stdout}\n${r.stderr}`.split('\n') };
}

const reason = `${path.relative(repoRoot, missing)} is absent (lay the shared folder beside the clone to run them; .ci/run requires it)`;

describe('tests that need ../shared', () => {
  it('are skipped without it, the reason given once in the closing summary', () => {
    const { status, stdout, lines } = vitest({});
    expect(status).toBe(0);
    expect(lines.filter((l) => l.includes('is absent'))).toEqual([`skipped 4 tests: ${reason}`]);
    expect(stdout.slice(-2)).toEqual([`skipped 4 tests: ${reason}`, 'tests: 1 passed, 0 failed, 4 skipped']);
  });

  it(`fail the run without it when ${REQUIRE_SHARED}=1 (.ci/run)`, () => {
    const { status, stdout, lines } = vitest({ [REQUIRE_SHARED]: '1' });
    expect(status).toBe(1);
    const message = `${path.relative(repoRoot, path.join(missing, 'corpus'))} is missing, and ${REQUIRE_SHARED}=1 (.ci/run) requires the shared folder beside the clone`;
    expect(lines.filter((l) => l.includes(message)).length).toBeGreaterThan(0);
    expect(lines.some((l) => l.includes('is absent'))).toBe(false);
    expect(stdout.at(-1)).toBe('tests: 0 passed, 1 failed, 0 skipped');
  });

  it(`.ci/run runs the tests with ${REQUIRE_SHARED}=1`, () => {
    const script = readFileSync(path.join(repoRoot, '.ci/run'), 'utf8').trimEnd().split('\n');
    expect(script.at(-1)).toBe(`${REQUIRE_SHARED}=1 npm test`);
  });

  it('sharedPresent: true when the path is there, false when not, and throws when it must be there', () => {
    expect(sharedPresent(repoRoot, {})).toBe(true);
    expect(sharedPresent(missing, {})).toBe(false);
    // Only the variable requires it: CI=true alone (set by many CI services) does not.
    expect(sharedPresent(missing, { CI: 'true' })).toBe(false);
    expect(() => sharedPresent(missing, { [REQUIRE_SHARED]: '1' })).toThrow(
      `${path.relative(repoRoot, missing)} is missing, and ${REQUIRE_SHARED}=1 (.ci/run) requires the shared folder beside the clone`,
    );
  });
});
