/**
 * Tests that need Chromium (test/helpers/chromium.ts): where it is not installed they are skipped,
 * and the run's closing summary says how many and why, once; with VPCLINT_REQUIRE_SHARED=1, which
 * .ci/run sets after installing Chromium, its absence fails the run instead. Each case runs vitest
 * in a child process on a small test file, with a PATH that holds no `chromium`.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHROMIUM_INSTALL, needsChromium, onPath } from './helpers/chromium.js';
import { REQUIRE_SHARED, repoRoot } from './helpers/repo.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'vpclint-chromium-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
symlinkSync(path.join(repoRoot, 'node_modules'), path.join(root, 'node_modules'));
const emptyBin = path.join(root, 'bin');
mkdirSync(emptyBin);
writeFileSync(
  path.join(root, 'needs-chromium.test.ts'),
  `import { describe, expect, it } from 'vitest';
import { needsChromium } from ${JSON.stringify(path.join(repoRoot, 'test/helpers/chromium.ts'))};
it('needs nothing', () => expect(1 + 1).toBe(2));
describe('renders in a browser', needsChromium(), () => {
  it('renders a diagram', () => expect.unreachable());
  it.each([1, 2])('renders estate %i', () => expect.unreachable());
});
`,
);
writeFileSync(
  path.join(root, 'vitest.config.mjs'),
  `export default { test: { include: ['needs-chromium.test.ts'], reporters: ['default', ${JSON.stringify(path.join(repoRoot, 'test/summary-reporter.ts'))}] } };\n`,
);

/** The child's exit status and output (stdout, which ends with the summary, then stderr), with no chromium on PATH. */
function vitest(env: Record<string, string>): { status: number | null; stdout: string[]; lines: string[] } {
  const childEnv: NodeJS.ProcessEnv = { PATH: emptyBin, HOME: process.env.HOME, NO_COLOR: '1', ...env };
  const r = spawnSync(process.execPath, [path.join(repoRoot, 'node_modules/vitest/vitest.mjs'), 'run'], { cwd: root, env: childEnv, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout.split('\n').filter((l) => l !== ''), lines: `${r.stdout}\n${r.stderr}`.split('\n') };
}

const reason = 'skipped 3 tests: chromium is not installed (install it to run them; .ci/run installs it and requires it)';

describe('tests that need Chromium', () => {
  it('are skipped without it, the reason given once in the closing summary', () => {
    const { status, stdout, lines } = vitest({});
    expect(status).toBe(0);
    expect(lines.filter((l) => l.includes('is not installed'))).toEqual([reason]);
    expect(stdout.slice(-2)).toEqual([reason, 'tests: 1 passed, 0 failed, 3 skipped']);
  });

  it(`fail the run without it when ${REQUIRE_SHARED}=1 (.ci/run)`, () => {
    const { status, stdout, lines } = vitest({ [REQUIRE_SHARED]: '1' });
    expect(status).toBe(1);
    const message = `chromium is not installed, and ${REQUIRE_SHARED}=1 (.ci/run) requires it; .ci/run installs it with: ${CHROMIUM_INSTALL}`;
    expect(lines.filter((l) => l.includes(message)).length).toBeGreaterThan(0);
    expect(lines.some((l) => l.includes('skipped 3 tests'))).toBe(false);
    expect(stdout.at(-1)).toBe('tests: 0 passed, 1 failed, 0 skipped');
  });

  it('.ci/run installs Chromium when it is missing, before the tests', () => {
    const script = readFileSync(path.join(repoRoot, '.ci/run'), 'utf8').split('\n');
    expect(script.indexOf(CHROMIUM_INSTALL)).toBeGreaterThan(0);
    expect(script.indexOf(CHROMIUM_INSTALL)).toBeLessThan(script.indexOf(`${REQUIRE_SHARED}=1 npm test`));
  });

  it('needsChromium: runs when an executable chromium is on PATH, skips when not, and throws when it must be there', () => {
    const fake = path.join(root, 'fake-bin');
    mkdirSync(fake);
    writeFileSync(path.join(fake, 'chromium'), '#!/bin/sh\n');
    expect(needsChromium({ PATH: emptyBin })).toEqual({ skip: true, meta: { needsTool: 'chromium' } });
    // Not executable: not a chromium that can run.
    expect(onPath('chromium', { PATH: fake })).toBeUndefined();
    chmodSync(path.join(fake, 'chromium'), 0o755);
    expect(onPath('chromium', { PATH: `${emptyBin}${path.delimiter}${fake}` })).toBe(path.join(fake, 'chromium'));
    expect(needsChromium({ PATH: fake, [REQUIRE_SHARED]: '1' })).toEqual({ skip: false, meta: {} });
    expect(() => needsChromium({ PATH: emptyBin, [REQUIRE_SHARED]: '1' })).toThrow(`chromium is not installed, and ${REQUIRE_SHARED}=1 (.ci/run) requires it`);
  });
});
