import { describe, expect, it } from 'vitest';
import { InputValueError, readInputs, toCliArgs, type ActionInputs } from '../../src/github/inputs.js';

const inputs = (values: Record<string, string>) => readInputs((name) => values[name] ?? '');

const FILES = { json: '/tmp/x/vpclint.json', markdown: '/tmp/x/vpclint.md' };

describe('readInputs', () => {
  it('applies the defaults of action.yml to empty inputs', () => {
    expect(inputs({})).toEqual({
      paths: ['.'],
      config: '',
      baseline: '',
      failOn: 'error',
      sarifFile: '',
      comment: true,
      token: '',
      sourceDir: '',
      varFiles: [],
      vars: [],
      parameterFiles: [],
      parameters: [],
    } satisfies ActionInputs);
  });

  it('reads one path, file or variable per line, trimmed, skipping blank lines', () => {
    const read = inputs({
      paths: ' infra/plan.json \n\n  network dir/ \r\n',
      'var-file': 'prod.tfvars\nregion.tfvars',
      var: 'region=eu-west-1\ncidr=10.0.0.0/16',
      parameters: 'params.json',
      parameter: 'VpcCidr=10.1.0.0/16',
      'sarif-file': ' results/vpclint.sarif ',
      'fail-on': 'warning',
      config: '.vpclint.yml',
      baseline: 'baseline.json',
      comment: 'false',
      'github-token': 'ghs_abc',
      'source-dir': ' infra ',
    });
    expect(read).toEqual({
      paths: ['infra/plan.json', 'network dir/'],
      config: '.vpclint.yml',
      baseline: 'baseline.json',
      failOn: 'warning',
      sarifFile: 'results/vpclint.sarif',
      comment: false,
      token: 'ghs_abc',
      sourceDir: 'infra',
      varFiles: ['prod.tfvars', 'region.tfvars'],
      vars: ['region=eu-west-1', 'cidr=10.0.0.0/16'],
      parameterFiles: ['params.json'],
      parameters: ['VpcCidr=10.1.0.0/16'],
    });
  });

  it.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['False', false],
    ['FALSE', false],
  ])('reads comment: %s as %s', (value, expected) => {
    expect(inputs({ comment: value }).comment).toBe(expected);
  });

  it('refuses a comment value that is not a boolean', () => {
    expect(() => inputs({ comment: 'yes' })).toThrow(new InputValueError('input comment must be true or false, not "yes"'));
  });
});

describe('toCliArgs', () => {
  it('asks the CLI for annotations on stdout and JSON and markdown in files, paths after --', () => {
    expect(toCliArgs(inputs({}), FILES)).toEqual([
      '--fail-on',
      'error',
      '--format',
      'github',
      '--format',
      'json=/tmp/x/vpclint.json',
      '--format',
      'markdown=/tmp/x/vpclint.md',
      '--',
      '.',
    ]);
  });

  it('passes every option that is set, with SARIF when asked, and keeps a path starting with - a path', () => {
    const read = inputs({
      paths: '-odd.json\nplan.json',
      config: 'c.yml',
      baseline: 'b.json',
      'fail-on': 'note',
      'var-file': 'a.tfvars',
      'source-dir': 'infra',
      var: 'x=1\ny=2',
      parameters: 'p.json',
      parameter: 'K=V',
    });
    expect(toCliArgs(read, { ...FILES, sarif: '/w/out.sarif' })).toEqual([
      '--fail-on',
      'note',
      '--config',
      'c.yml',
      '--baseline',
      'b.json',
      '--source-dir',
      'infra',
      '--var-file',
      'a.tfvars',
      '--var',
      'x=1',
      '--var',
      'y=2',
      '--parameters',
      'p.json',
      '--parameter',
      'K=V',
      '--format',
      'github',
      '--format',
      'json=/tmp/x/vpclint.json',
      '--format',
      'markdown=/tmp/x/vpclint.md',
      '--format',
      'sarif=/w/out.sarif',
      '--',
      '-odd.json',
      'plan.json',
    ]);
  });
});
