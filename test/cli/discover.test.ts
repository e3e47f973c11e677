import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discover } from '../../src/discover.js';
import { displayPath } from '../../src/files.js';

let root: string;
const cwd = (): string => path.join(root, 'repo');

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'vpclint-discover-'));
  const files = [
    'repo/plan.json',
    'repo/README.md',
    'repo/net/main.tf',
    'repo/net/vars.TF',
    'repo/net/stack.yaml',
    'repo/net/stack.yml',
    'repo/net/stack.template',
    'repo/net/UPPER.JSON',
    'repo/net/notes.txt',
    'repo/with space/p l a n.json',
    'repo/.github/workflows/ci.yml',
    'repo/node_modules/pkg/package.json',
    'repo/net/node_modules/x.json',
    'repo/.terraform/modules/modules.json',
    'repo/net/.terraform/providers.json',
    'repo/.git/config.json',
    'repo/plan.out',
    'outside/other.json',
  ];
  for (const f of files) {
    const p = path.join(root, f);
    mkdirSync(path.dirname(p), { recursive: true });
    writeFileSync(p, '{}');
  }
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const names = async (paths: string[]) => {
  const d = await discover(paths, cwd());
  return { files: d.files.map((f) => f.file), errors: d.errors.map((e) => `${e.file}: ${e.message}`) };
};

describe('discover', () => {
  it('searches a directory for every input extension, skipping node_modules, .terraform and .git', async () => {
    expect(await names(['.'])).toEqual({
      files: [
        '.github/workflows/ci.yml',
        'net/UPPER.JSON',
        'net/main.tf',
        'net/stack.template',
        'net/stack.yaml',
        'net/stack.yml',
        'net/vars.TF',
        'plan.json',
        'with space/p l a n.json',
      ],
      errors: [],
    });
  });

  it('always reads a file named explicitly, whatever its extension or folder', async () => {
    expect(await names(['plan.out', 'node_modules/pkg/package.json'])).toEqual({
      files: ['node_modules/pkg/package.json', 'plan.out'],
      errors: [],
    });
  });

  it('reports each missing path and still returns the others', async () => {
    expect(await names(['nope.json', 'plan.json', 'gone/'])).toEqual({
      files: ['plan.json'],
      errors: ['nope.json: no such file or directory', 'gone/: no such file or directory'],
    });
  });

  it('deduplicates a file reached twice and sorts the result', async () => {
    expect(await names(['with space', 'plan.json', './plan.json', 'with space/p l a n.json'])).toEqual({
      files: ['plan.json', 'with space/p l a n.json'],
      errors: [],
    });
  });

  it('gives paths outside the working directory relative to it', async () => {
    expect(await names(['../outside', path.join(root, 'repo/plan.json')])).toEqual({
      files: ['../outside/other.json', 'plan.json'],
      errors: [],
    });
  });

  it('returns the absolute path for reading beside the display path, marking files named on the command line', async () => {
    const d = await discover(['plan.json'], cwd());
    expect(d.files).toEqual([{ path: path.join(root, 'repo', 'plan.json'), file: 'plan.json', named: true }]);
  });

  it('lists the directories searched and whether - (standard input) was given', async () => {
    const d = await discover(['-', 'net', 'plan.json', 'net/'], cwd());
    expect([d.stdin, d.directories.map((x) => x.given)]).toEqual([true, ['net']]);
    expect(d.files.filter((f) => f.named === true).map((f) => f.file)).toEqual(['plan.json']);
  });
});

describe('displayPath', () => {
  it.each([
    { absolute: '/a/b/c.json', cwd: '/a', expected: 'b/c.json' },
    { absolute: '/a/c.json', cwd: '/a/b', expected: '../c.json' },
    { absolute: '/a', cwd: '/a', expected: '.' },
  ])('shows $absolute from $cwd as $expected', ({ absolute, cwd: from, expected }) => {
    expect(displayPath(absolute, from)).toBe(expected);
  });
});
