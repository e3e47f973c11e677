import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeText, lintPaths } from '../../src/run.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'vpclint-lint-paths-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const PLAN = '{"format_version":"1.2","resource_changes":[{"address":"aws_vpc.a","mode":"managed","type":"aws_vpc","name":"a",' +
  '"change":{"actions":["create"],"after":{"cidr_block":"10.0.0.1/16","tags":{"Name":"café ☕"}},"after_unknown":{"id":true}}}]}';

function utf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
}

describe('decodeText', () => {
  it.each([
    { name: 'ASCII', bytes: Buffer.from('{"a":1}'), text: '{"a":1}' },
    { name: 'UTF-8 with non-ASCII text', bytes: Buffer.from('{"név":"ü€😀"}'), text: '{"név":"ü€😀"}' },
    { name: 'UTF-8 with a byte order mark', bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"é":1}')]), text: '{"é":1}' },
    { name: 'UTF-16LE with a byte order mark', bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"é":1}', 'utf16le')]), text: '{"é":1}' },
    { name: 'UTF-16BE with a byte order mark', bytes: Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be('{"é":1}')]), text: '{"é":1}' },
    { name: 'an empty file', bytes: Buffer.alloc(0), text: '' },
    // No byte order mark: recognized by the NUL byte beside every ASCII character.
    { name: 'UTF-16LE without a byte order mark', bytes: Buffer.from('{\n  "név": "ü€😀"\n}\n', 'utf16le'), text: '{\n  "név": "ü€😀"\n}\n' },
    { name: 'UTF-16BE without a byte order mark', bytes: utf16be('{"név":"ü€😀"}'), text: '{"név":"ü€😀"}' },
    { name: 'one UTF-16LE character', bytes: Buffer.from('{}', 'utf16le'), text: '{}' },
    { name: 'a NUL byte in UTF-8 text', bytes: Buffer.from('a\u0000b c d e'), text: 'a\u0000b c d e' },
    { name: 'binary that starts with NUL bytes', bytes: Buffer.from([0, 0, 0, 0, 0x89, 0x50, 0x4e, 0x47, 0xff, 0x01, 0x02, 0x03]), text: Buffer.from([0, 0, 0, 0, 0x89, 0x50, 0x4e, 0x47, 0xff, 0x01, 0x02, 0x03]).toString('utf8') },
  ])('decodes $name', ({ bytes, text }) => {
    expect(decodeText(bytes)).toBe(text);
  });
});

describe('lintPaths', () => {
  it('lints a plan that Windows PowerShell wrote as UTF-16 exactly like its UTF-8 twin', async () => {
    const cwd = mkdtempSync(path.join(root, 'utf16-'));
    writeFileSync(path.join(cwd, 'utf8.json'), PLAN);
    writeFileSync(path.join(cwd, 'utf16.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PLAN, 'utf16le')]));
    // One run each: the same address in two files of one run is one resource to the model.
    const summary = async (file: string) => {
      const result = await lintPaths([file], { cwd });
      return {
        errors: result.errors,
        files: result.files,
        findings: result.findings.map((f) => [f.location.file, f.location.line, f.ruleId, f.resource, f.message]),
      };
    };
    const message =
      'aws_vpc.a sets cidr_block to 10.0.0.1/16, which has host bits set; AWS uses 10.0.0.0/16. Write the network address 10.0.0.0/16, or change the prefix length if a different block was meant.';
    expect(await summary('utf16.json')).toEqual({ errors: [], files: ['utf16.json'], findings: [['utf16.json', 1, 'NET001', 'aws_vpc.a', message]] });
    expect(await summary('utf8.json')).toEqual({ errors: [], files: ['utf8.json'], findings: [['utf8.json', 1, 'NET001', 'aws_vpc.a', message]] });
  });

  it('lints a plan written as UTF-16 without a byte order mark, found by searching a directory', async () => {
    const cwd = mkdtempSync(path.join(root, 'utf16-nobom-'));
    writeFileSync(path.join(cwd, 'le.json'), Buffer.from(PLAN, 'utf16le'));
    const result = await lintPaths(['.'], { cwd });
    expect(result.errors).toEqual([]);
    expect(result.files).toEqual(['le.json']);
    expect(result.findings.map((f) => [f.location.file, f.location.line, f.ruleId, f.resource])).toEqual([['le.json', 1, 'NET001', 'aws_vpc.a']]);
  });

  it('reports a missing path and a malformed file as errors and still lints the good file', async () => {
    const cwd = mkdtempSync(path.join(root, 'mixed-'));
    writeFileSync(path.join(cwd, 'good.json'), PLAN);
    writeFileSync(path.join(cwd, 'bad.json'), '{"format_version": "1.2",\n  "resource_changes": [');
    const result = await lintPaths(['missing', '.'], { cwd });
    expect(result.errors.map(({ file, line, column, message }) => ({ file, line, column, message }))).toEqual([
      { file: 'missing', line: undefined, column: undefined, message: 'no such file or directory' },
      { file: 'bad.json', line: 2, column: 24, message: 'invalid JSON: Unexpected end of JSON input' },
    ]);
    expect(result.files).toEqual(['bad.json', 'good.json']);
    expect(result.findings.map((f) => `${f.location.file} ${f.ruleId} ${f.resource}`)).toEqual(['good.json NET001 aws_vpc.a']);
  });
});
