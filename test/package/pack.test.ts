/**
 * The npm package as a user gets it (issue 11): `npm pack` into a temporary directory, the tarball
 * installed into an empty project (offline: vpclint has no dependencies, everything it runs is
 * bundled into dist/cli.js), and the installed bin run on a plan, a directory of .tf files and a
 * CloudFormation template. Also what the tarball holds (the CLI, not the Action's bundle) and that
 * every relative link in its README.md and docs/*.md resolves to a file in it.
 *
 * It packs dist/cli.js as committed: test/build.test.ts is the one that checks it is current.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_URL, TOOL_VERSION } from '../../src/engine/define-rule.js';
import { CLI_FILE_PREFIX } from '../../scripts/build-options.js';
import { fixturesDir, repoRoot } from '../helpers/repo.js';

let tmp: string;
let packed: string[];
let tarball: string;
let install: { status: number | null; stdout: string; stderr: string };
let app: string;

/** npm without the npm_* variables of an enclosing `npm test` (they would configure the child npm). */
function npm(args: string[], cwd: string) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  const r = spawnSync('npm', args, {
    cwd,
    encoding: 'utf8',
    env: { ...env, npm_config_update_notifier: 'false', npm_config_cache: path.join(tmp, 'npm-cache') },
  });
  if (r.error !== undefined) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'vpclint-pack-'));
  const pack = npm(['pack', '--json', '--pack-destination', tmp], repoRoot);
  expect(pack.status, pack.stderr).toBe(0);
  const [result] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
  packed = result!.files.map((f) => f.path).sort();
  tarball = path.join(tmp, result!.filename);

  app = path.join(tmp, 'app');
  mkdirSync(app);
  writeFileSync(path.join(app, 'package.json'), '{ "name": "app", "private": true }\n');
  install = npm(['install', '--offline', '--no-audit', '--no-fund', tarball], app);

  // The inputs: a plan, a directory with a .tf file, a CloudFormation template, a clean plan.
  const network = path.join(app, 'network');
  mkdirSync(network);
  copyFileSync(path.join(fixturesDir, 'open-ingress', 'positive-inline-ssh.tf'), path.join(network, 'main.tf'));
  copyFileSync(path.join(fixturesDir, 'open-ingress', 'positive-inline-ssh.plan.json'), path.join(app, 'plan.json'));
  copyFileSync(path.join(fixturesDir, 'open-ingress', 'positive-rule-resource-rdp.cfn.yaml'), path.join(app, 'template.yaml'));
  copyFileSync(path.join(repoRoot, 'examples', 'clean-peering', 'plan.json'), path.join(app, 'clean.json'));
}, 120_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the packed files', () => {
  it('are the CLI, its parser, the docs, the schema and the licence; not the Action', () => {
    const chunks = readdirSync(path.join(repoRoot, 'dist')).filter((f) => f.startsWith(CLI_FILE_PREFIX) && f.endsWith('.js'));
    expect(chunks).not.toEqual([]);
    expect(packed).toEqual([
      'LICENSE',
      'README.md',
      ...chunks.map((f) => `dist/${f}`).sort(),
      'dist/cli.js',
      'dist/hcl2json.wasm',
      'dist/package.json',
      'docs/cloudformation.md',
      'docs/rules.md',
      'package.json',
      'schema/vpclint-output.schema.json',
      'schema/vpclint.schema.json',
    ]);
  });

  it('LICENSE is the Apache License 2.0 that package.json names', () => {
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { license: string };
    expect(pkg.license).toBe('Apache-2.0');
    const lines = readFileSync(path.join(repoRoot, 'LICENSE'), 'utf8').split('\n').map((l) => l.trim());
    expect(lines.slice(0, 4)).toEqual(['', 'Apache License', 'Version 2.0, January 2004', 'http://www.apache.org/licenses/']);
    expect(lines).toContain('END OF TERMS AND CONDITIONS');
  });
});

describe('the package installed from its tarball', () => {
  it('installs offline, alone (it has no dependencies), without a warning', () => {
    expect(install.status, install.stderr).toBe(0);
    expect(install.stderr.split('\n').filter((l) => /^npm (warn|err)/i.test(l))).toEqual([]);
    expect(install.stdout).toMatch(/^added 1 package in /m);
    expect(readdirSync(path.join(app, 'node_modules')).sort()).toEqual(['.bin', '.package-lock.json', 'vpclint']);
  });

  // Through node_modules/.bin/vpclint (its "#!/usr/bin/env node" finds the node running the tests).
  const run = (...args: string[]) => {
    const r = spawnSync(path.join(app, 'node_modules', '.bin', 'vpclint'), args, {
      cwd: app,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}` },
    });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  const ssh =
    'aws_security_group.bastion.ingress[0] admits tcp port 22 from 0.0.0.0/0, the whole IPv4 internet, into aws_security_group.bastion, exposing SSH (22). ' +
    "Allow administrative and database ports only from known addresses (office or VPN ranges, a bastion's security group), or use SSM Session Manager.";

  it.each([
    { input: 'a plan', args: ['plan.json'], status: 1, stdout: [`plan.json:166  error  NET401  ${ssh}`, '', '✖ 1 problem (1 error) in 1 file'] },
    // The HCL parser is WebAssembly: this proves dist/hcl2json.wasm is in the package and found.
    { input: 'a directory of .tf files', args: ['network'], status: 1, stdout: [`network/main.tf:25  error  NET401  ${ssh}`, '', '✖ 1 problem (1 error) in 1 file'] },
    {
      input: 'a CloudFormation template',
      args: ['template.yaml'],
      status: 1,
      stdout: [
        "template.yaml:21  error  NET401  Rdp admits tcp port 3389 from 0.0.0.0/0, the whole IPv4 internet, into Windows, exposing RDP (3389). Allow administrative and database ports only from known addresses (office or VPN ranges, a bastion's security group), or use SSM Session Manager.",
        '',
        '✖ 1 problem (1 error) in 1 file',
      ],
    },
    { input: 'a clean plan', args: ['clean.json'], status: 0, stdout: ['✔ no problems in 1 file'] },
  ])('lints $input', ({ args, status, stdout }) => {
    expect(run(...args)).toEqual({ status, stdout: `${stdout.join('\n')}\n`, stderr: '' });
  });

  it('reports its version', () => {
    expect(run('--version')).toEqual({ status: 0, stdout: `${TOOL_VERSION}\n`, stderr: '' });
  });
});

/** Link targets in markdown, outside code: inline links and images, reference definitions, href/src attributes. */
function linkTargets(markdown: string): string[] {
  const text = markdown
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '')
    .replace(/`[^`\n]*`/g, '');
  const targets: string[] = [];
  for (const m of text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) targets.push(m[1]!);
  for (const m of text.matchAll(/^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)) targets.push(m[1]!);
  for (const m of text.matchAll(/\b(?:href|src)="([^"]+)"/g)) targets.push(m[1]!);
  return targets;
}

/** GitHub's anchors for a markdown file's headings (lower case, punctuation dropped, spaces to hyphens, -1, -2 for repeats). */
function anchors(markdown: string): Set<string> {
  const text = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const m of text.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = m[1]!
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  for (const m of text.matchAll(/<a\s+(?:name|id)="([^"]+)"/g)) out.add(m[1]!);
  return out;
}

describe('links in the packed markdown', () => {
  const docs = () => packed.filter((f) => f.endsWith('.md'));
  const read = (file: string) => readFileSync(path.join(repoRoot, file), 'utf8');

  it('is read in README.md and every packed docs/*.md', () => {
    expect(docs()).toEqual(['README.md', 'docs/cloudformation.md', 'docs/rules.md']);
  });

  it('every relative link resolves to a packed file (and a heading, for an anchor)', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const file of docs()) {
      for (const target of linkTargets(read(file))) {
        if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:
        checked++;
        const [rel, anchor] = target.split('#') as [string, string | undefined];
        const resolved = rel === '' ? file : path.posix.normalize(path.posix.join(path.posix.dirname(file), decodeURI(rel)));
        if (!packed.includes(resolved)) {
          broken.push(`${file}: ${target} (${resolved} is not in the package)`);
        } else if (anchor !== undefined && resolved.endsWith('.md') && !anchors(read(resolved)).has(anchor)) {
          broken.push(`${file}: ${target} (no heading #${anchor} in ${resolved})`);
        }
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(20);
  });

  // Links to what the package does not hold (rules/, fixtures/, examples/) are absolute, at this
  // version's tag: they must name something in this repository.
  it(`every link into ${REPO_URL} is at v${TOOL_VERSION} and names a file or directory of the repository`, () => {
    const broken: string[] = [];
    for (const file of docs()) {
      for (const target of linkTargets(read(file))) {
        if (!target.startsWith(`${REPO_URL}/`)) continue;
        const m = /^\/(blob|tree)\/([^/]+)\/([^#]+)(?:#(.*))?$/.exec(target.slice(REPO_URL.length));
        if (m === null) continue; // the repository itself, its issues
        const [, kind, ref, rel, anchor] = m as unknown as [string, string, string, string, string | undefined];
        const full = path.join(repoRoot, rel);
        if (ref !== `v${TOOL_VERSION}`) broken.push(`${file}: ${target} (not at the tag v${TOOL_VERSION})`);
        else if (!existsSync(full) || statSync(full).isDirectory() !== (kind === 'tree')) broken.push(`${file}: ${target} (no such ${kind === 'tree' ? 'directory' : 'file'})`);
        else if (anchor !== undefined && rel.endsWith('.md') && !anchors(readFileSync(full, 'utf8')).has(anchor)) broken.push(`${file}: ${target} (no heading #${anchor})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it.each([
    { name: 'an inline link and an image', md: 'see [a](docs/a.md#x) and ![b](img/b.png "title")', targets: ['docs/a.md#x', 'img/b.png'] },
    { name: 'a reference definition and an href', md: '[r]: ../up.md\n<a href="c.md">c</a>', targets: ['../up.md', 'c.md'] },
    { name: 'nothing inside code', md: '`[a](x.md)`\n```md\n[b](y.md)\n```\n[c](z.md)', targets: ['z.md'] },
  ])('the link finder reads $name', ({ md, targets }) => {
    expect(linkTargets(md)).toEqual(targets);
  });

  it('the anchor maker follows GitHub', () => {
    expect([...anchors('# Quick start\n## `--format` and `--output`\n### Terraform sources (.tf)\n## Quick start\n```\n# not a heading\n```')]).toEqual([
      'quick-start',
      '--format-and---output',
      'terraform-sources-tf',
      'quick-start-1',
    ]);
  });
});
