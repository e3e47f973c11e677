/**
 * The V8 flags the bin sets before it loads the CLI (src/v8-flags.ts): which flags, on which V8,
 * and that the committed bin sets them (seen by a preloaded script that records every
 * `v8.setFlagsFromString`) with nothing printed for them.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TOOL_VERSION } from '../../src/engine/define-rule.js';
import { MEASURED_V8, V8_FLAGS, v8FlagsToSet } from '../../src/v8-flags.js';
import { repoRoot } from '../helpers/repo.js';

const NODE20_V8 = '11.3.244.8-node.38';
const BUDGET = '--interrupt-budget=150000';
const INLINING = '--max-inlined-bytecode-size-cumulative=300';

describe('v8FlagsToSet', () => {
  it('gives both flags on the V8 they were measured on (Node.js 20), in order', () => {
    expect(V8_FLAGS).toEqual([BUDGET, INLINING]);
    expect(v8FlagsToSet(NODE20_V8, [], {})).toEqual([BUDGET, INLINING]);
  });

  it('gives none on another V8 (Node.js 22 and 24, or an older one)', () => {
    expect(v8FlagsToSet('12.4.254.21-node.33', [], {})).toEqual([]);
    expect(v8FlagsToSet('13.6.233.10-node.18', [], {})).toEqual([]);
    expect(v8FlagsToSet('11.8.172.17-node.27', [], {})).toEqual([]);
    expect(v8FlagsToSet('10.2.154.26-node.26', [], {})).toEqual([]);
  });

  it('gives none with VPCLINT_NO_V8_FLAGS set', () => {
    expect(v8FlagsToSet(NODE20_V8, [], { VPCLINT_NO_V8_FLAGS: '1' })).toEqual([]);
  });

  it('leaves a flag the user gave Node.js alone, however it is spelt, and sets the other', () => {
    expect(v8FlagsToSet(NODE20_V8, ['--interrupt-budget=1000'], {})).toEqual([INLINING]);
    expect(v8FlagsToSet(NODE20_V8, ['--interrupt_budget=1000'], {})).toEqual([INLINING]);
    expect(v8FlagsToSet(NODE20_V8, [], { NODE_OPTIONS: '--no-warnings  --max_inlined_bytecode_size_cumulative=50' })).toEqual([BUDGET]);
    expect(v8FlagsToSet(NODE20_V8, ['--enable-source-maps'], { NODE_OPTIONS: '--max-old-space-size=4096' })).toEqual([BUDGET, INLINING]);
  });

  it('matches this Node.js when it is Node.js 20', () => {
    expect(MEASURED_V8.test(NODE20_V8)).toBe(true);
    expect(MEASURED_V8.test(process.versions.v8)).toBe(process.versions.node.startsWith('20.'));
  });
});

describe('the committed bin, dist/cli.js', () => {
  let tmp: string;
  let record: string;
  let preload: string;
  beforeEach(() => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'vpclint-v8-flags-'));
    record = path.join(tmp, 'flags.txt');
    preload = path.join(tmp, 'record.cjs');
    writeFileSync(record, '');
    writeFileSync(
      preload,
      `const v8 = require('node:v8'); const fs = require('node:fs'); const set = v8.setFlagsFromString;
v8.setFlagsFromString = (flag) => { fs.appendFileSync(${JSON.stringify(record)}, flag + '\\n'); set(flag); };\n`,
    );
  });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  const run = (env: NodeJS.ProcessEnv = {}, nodeArgs: string[] = []) => {
    const r = spawnSync(process.execPath, [...nodeArgs, '--require', preload, path.join(repoRoot, 'dist', 'cli.js'), '--version'], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, TMPDIR: tmp, ...env },
    });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr, flags: readFileSync(record, 'utf8').split('\n').filter(Boolean) };
  };

  it('sets the flags on this Node.js (none unless it is Node.js 20), and V8 knows them: nothing on stderr', () => {
    expect(run()).toEqual({ status: 0, stdout: `${TOOL_VERSION}\n`, stderr: '', flags: v8FlagsToSet(process.versions.v8, [], {}) });
  });

  it.skipIf(v8FlagsToSet(process.versions.v8, [], {}).length === 0)(
    "loads every Node.js module a small run needs before it sets them (V8 refuses Node.js's code cache of its modules under other flags)",
    () => {
      const modules = path.join(tmp, 'modules.cjs');
      const after = path.join(tmp, 'after.txt');
      writeFileSync(
        modules,
        `const v8 = require('node:v8'); const set = v8.setFlagsFromString; let at;
v8.setFlagsFromString = (flag) => { at ??= process.moduleLoadList.length; set(flag); };
process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(after)}, process.moduleLoadList.slice(at).filter((m) => m.startsWith('NativeModule')).join('\\n')));\n`,
      );
      // Standard output a pipe, as in a hook or a job; the plan of the bench's start-up target.
      const r = spawnSync(process.execPath, ['--require', modules, path.join(repoRoot, 'dist', 'cli.js'), '--format', 'json', 'examples/clean-peering/plan.json'], {
        cwd: repoRoot,
        encoding: 'utf8',
        env: { PATH: process.env.PATH, TMPDIR: tmp },
      });
      expect(r.status).toBe(0);
      expect(readFileSync(after, 'utf8')).toBe('');
    },
  );

  it('sets none with VPCLINT_NO_V8_FLAGS=1, and not one given on the command line', () => {
    expect(run({ VPCLINT_NO_V8_FLAGS: '1' }).flags).toEqual([]);
    expect(run({}, ['--interrupt-budget=100000']).flags).toEqual(v8FlagsToSet(process.versions.v8, ['--interrupt-budget=100000'], {}));
  });
});
