/**
 * The engine reads no file (issue 14): the readers hand the run the texts they read (the inputs, a
 * plan's `.tf` sources, local modules), and fixes are written into those, never into a second
 * read of the disk. Here every read of a file's content is counted, and a run whose fixes need
 * both kinds of text reads each file once. A plan's `.tf` source is read as before: as UTF-8 by
 * the locator, and as the run decodes every file (`decodeText`) for fixes.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Finding, LintResult } from '../../src/engine/finding.js';
import { diskSourceTree } from '../../src/parse/terraform-plan/sources.js';
import { decodeText, lintPaths } from '../../src/run.js';
import { fixturesDir } from '../helpers/repo.js';

/** The paths whose content the sources read through node:fs (a file descriptor is not a path: its open is counted). */
const reads = vi.hoisted(() => ({ paths: [] as string[] }));

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const counted = <F extends (...args: any[]) => any>(f: F): F =>
    ((...args: Parameters<F>) => {
      if (typeof args[0] !== 'number') reads.paths.push(String(args[0]));
      return f(...args);
    }) as F;
  const mocked = { ...fs, readFileSync: counted(fs.readFileSync), openSync: counted(fs.openSync) };
  return { ...mocked, default: mocked };
});

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const counted = <F extends (...args: any[]) => any>(f: F): F =>
    ((...args: Parameters<F>) => {
      reads.paths.push(String(args[0]));
      return f(...args);
    }) as F;
  const mocked = { ...fs, readFile: counted(fs.readFile), open: counted(fs.open) };
  return { ...mocked, default: mocked };
});

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

/** Lints `paths` under `cwd`: the findings, and the files under `cwd` whose content was read more than once. */
async function lintCounted(paths: readonly string[], cwd: string): Promise<{ findings: readonly Finding[]; readTwice: string[] }> {
  reads.paths.length = 0;
  const result = await lintPaths(paths, { cwd });
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const p of reads.paths.filter((p) => p.startsWith(cwd))) (seen.has(p) ? twice : seen).add(p);
  expect(result.errors.map((e) => e.message)).toEqual([]);
  expect(seen.size).toBeGreaterThan(1);
  return { findings: result.findings, readTwice: [...twice].map((p) => path.relative(cwd, p)) };
}

const fixes = (findings: readonly Finding[]) => findings.map((f) => [f.ruleId, f.resource, f.fix ?? null]);

describe('the engine reads no file: fixes are written into the texts the readers read', () => {
  it('a plan located in its .tf sources', async () => {
    const { findings, readTwice } = await lintCounted(['plan.json'], path.join(fixturesDir, '_plan-sources', 'estate'));
    expect(readTwice).toEqual([]);
    // The texts were there: the fixes have their edits in main.tf (as test/plan-sources.test.ts pins them).
    expect(findings.filter((f) => f.fix !== undefined).map((f) => [f.ruleId, f.fix!.file, f.fix!.edits.length > 0])).toEqual([
      ['NET401', 'main.tf', true],
      ['NET203', 'main.tf', true],
    ]);
  });

  it("a plan whose fix goes into a local module of its sources (read when the resource is first located, after reading)", async () => {
    const fixture = path.join(fixturesDir, 'edge-to-edge-route', 'positive-on-premises-module');
    const dir = mkdtempSync(path.join(tmpdir(), 'vpclint-reads-no-file-module-'));
    temps.push(dir);
    cpSync(`${fixture}.tf.d`, path.join(dir, 'src'), { recursive: true });
    cpSync(`${fixture}.plan.json`, path.join(dir, 'plan.json'));
    const plan = await lintPaths(['plan.json'], { cwd: dir, sourceDir: 'src' });
    expect(plan.errors).toEqual([]);
    const tf = await lintPaths(['src'], { cwd: dir });
    const net203 = (r: LintResult) => r.findings.filter((f) => f.ruleId === 'NET203').map((f) => f.fix ?? null);
    expect(net203(plan)).toEqual(net203(tf));
    expect(net203(plan).map((f) => [f?.file, f?.edits.length !== 0])).toEqual([['src/modules/network/main.tf', true]]);
  });

  it('a local module of a .tf root, read from disk by the .tf reader', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vpclint-reads-no-file-'));
    temps.push(dir);
    mkdirSync(path.join(dir, 'modules', 'app'), { recursive: true });
    writeFileSync(path.join(dir, 'main.tf'), 'resource "aws_vpc" "hub" {\n  cidr_block = "10.9.0.0/16"\n}\n\nmodule "app" {\n  source      = "./modules/app"\n  peer_vpc_id = aws_vpc.hub.id\n}\n');
    writeFileSync(
      path.join(dir, 'modules', 'app', 'main.tf'),
      [
        'variable "peer_vpc_id" {',
        '  type = string',
        '}',
        '',
        'resource "aws_vpc" "this" {',
        '  cidr_block = "10.1.0.0/16"',
        '}',
        '',
        'resource "aws_vpc_peering_connection" "to_hub" {',
        '  vpc_id      = aws_vpc.this.id',
        '  peer_vpc_id = var.peer_vpc_id',
        '  auto_accept = true',
        '}',
        '',
        'resource "aws_route_table" "private" {',
        '  vpc_id = aws_vpc.this.id',
        '}',
        '',
        'resource "aws_route" "everything" {',
        '  route_table_id            = aws_route_table.private.id',
        '  destination_cidr_block    = "0.0.0.0/0"',
        '  vpc_peering_connection_id = aws_vpc_peering_connection.to_hub.id',
        '}',
        '',
      ].join('\n'),
    );
    const { findings, readTwice } = await lintCounted(['main.tf'], dir);
    expect(readTwice).toEqual([]);
    const net203 = findings.find((f) => f.ruleId === 'NET203');
    expect([net203?.fix?.file, net203?.fix?.edits]).toEqual(['modules/app/main.tf', [{ text: '', replace: { startLine: 18, endLine: 23 } }]]);
  });

  it("a plan's .tf source that starts with a byte order mark gets the fixes the same file gets without it", async () => {
    const estate = path.join(fixturesDir, '_plan-sources', 'estate');
    const dir = mkdtempSync(path.join(tmpdir(), 'vpclint-reads-no-file-bom-'));
    temps.push(dir);
    cpSync(estate, dir, { recursive: true });
    writeFileSync(path.join(dir, 'main.tf'), `\uFEFF${readFileSync(path.join(estate, 'main.tf'), 'utf8')}`);
    const plain = await lintCounted(['plan.json'], estate);
    const bom = await lintCounted(['plan.json'], dir);
    expect(bom.readTwice).toEqual([]);
    expect(fixes(bom.findings)).toEqual(fixes(plain.findings));
    expect(bom.findings.filter((f) => f.fix !== undefined && f.fix.edits.length > 0)).toHaveLength(2);
  });

  it("a plan's .tf source is read once: as UTF-8 for the locator, and as the run decodes files for fixes", () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vpclint-reads-no-file-decode-'));
    temps.push(dir);
    const text = 'resource "aws_vpc" "a" {\n  cidr_block = "10.0.0.0/16"\n}\n';
    const files = {
      'plain.tf': Buffer.from(text),
      'bom.tf': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
      'utf16.tf': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    };
    for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(dir, name), bytes);
    const tree = diskSourceTree(dir, decodeText);
    for (const [name, bytes] of Object.entries(files)) {
      // The locator reads UTF-8, a byte order mark kept; fixes get what the run read before it handed them the texts.
      expect(tree.readFile(name)).toBe(bytes.toString('utf8'));
      expect(tree.texts?.get(name)).toBe(decodeText(bytes));
    }
    expect(tree.texts?.get('plain.tf')).toBe(text);
    expect(tree.texts?.get('bom.tf')).toBe(text);
    expect(tree.texts?.get('utf16.tf')).toBe(text);
  });
});
