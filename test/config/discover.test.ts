/**
 * `include` and `exclude` act when vpclint searches directories: relative to the configuration
 * file's directory, never on a file named on the command line.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { parseConfig } from '../../src/config/load.js';
import { discover } from '../../src/discover.js';
import { lintPaths } from '../../src/run.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'vpclint-config-discover-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const VPC = (cidr: string) => `resource "aws_vpc" "a" {\n  cidr_block = "${cidr}"\n}\n`;

function repo(): string {
  const dir = mkdtempSync(path.join(root, 'r-'));
  const files: Record<string, string> = {
    'infra/net/main.tf': VPC('10.0.0.1/16'),
    'infra/legacy/main.tf': VPC('10.1.0.1/16'),
    'infra/net.plan.json': '{}',
    'other/main.tf': VPC('10.2.0.1/16'),
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

async function found(configText: string, paths: string[], cwdBelow = '') {
  const dir = repo();
  const config = await parseConfig(configText, '.vpclint.yml', dir, rules);
  const cwd = path.join(dir, cwdBelow);
  const { files } = await discover(paths, cwd, { base: config.dir, include: config.include, exclude: config.exclude });
  return files.map((f) => f.file);
}

describe('include and exclude', () => {
  it.each([
    { name: 'no globs: everything', config: '{}', paths: ['.'], want: ['infra/legacy/main.tf', 'infra/net.plan.json', 'infra/net/main.tf', 'other/main.tf'] },
    { name: 'include a directory', config: 'include: [infra]', paths: ['.'], want: ['infra/legacy/main.tf', 'infra/net.plan.json', 'infra/net/main.tf'] },
    { name: 'exclude a directory by name at any depth', config: 'exclude: [legacy]', paths: ['.'], want: ['infra/net.plan.json', 'infra/net/main.tf', 'other/main.tf'] },
    {
      name: 'include and exclude together',
      config: 'include: ["infra/**"]\nexclude: ["*.plan.json", "infra/legacy/**"]',
      paths: ['.'],
      want: ['infra/net/main.tf'],
    },
    { name: 'a file named on the command line is read even when excluded', config: 'exclude: [legacy]', paths: ['infra/legacy/main.tf'], want: ['infra/legacy/main.tf'] },
  ])('$name', async ({ config, paths, want }) => {
    expect(await found(config, paths)).toEqual(want);
  });

  it('globs are relative to the configuration file, not to the working directory', async () => {
    expect(await found('exclude: [/infra/legacy]', ['.'], 'infra')).toEqual(['net.plan.json', 'net/main.tf']);
  });

  it('lintPaths applies them: only the included module is linted', async () => {
    const dir = repo();
    const config = await parseConfig('include: [infra/net]\n', '.vpclint.yml', dir, rules);
    const result = await lintPaths(['.'], { cwd: dir, config });
    expect(result.files).toEqual(['infra/net/main.tf']);
    expect(result.findings.map((f) => [f.ruleId, f.location.file, f.messageId, f.data.cidr, f.data.canonical])).toEqual([
      ['NET001', 'infra/net/main.tf', 'hostBits', '10.0.0.1/16', '10.0.0.0/16'],
    ]);
  });
});
