/**
 * Module trees that would never end or never fit: modules that each call the next twice (2^n
 * instances), modules nested deeper than any real configuration, and modules that call themselves.
 * Each is reported at the module block where vpclint stopped (exit 2, results incomplete), and
 * everything else is still linted.
 */
import { describe, expect, it } from 'vitest';
import { tempProjects } from '../helpers/project.js';

const { project, run } = tempProjects('vpclint-hcl-limits-');


/** A `.tf` file outside the module tree, with one finding: it must still be linted. */
const other = { 'other/main.tf': 'resource "aws_vpc" "x" {\n  cidr_block = "10.0.0.1/16"\n}\n' };
const otherFinding = 'other/main.tf:2  error  NET001  aws_vpc.x sets cidr_block to 10.0.0.1/16, which has host bits set';

describe('module instance and depth caps', () => {
  it('stops 26 modules that each call the next twice (2^25 instances) at the cap, names the call, and lints the rest', async () => {
    const files: Record<string, string> = { ...other, 'root/main.tf': 'module "top" {\n  source = "../m1"\n}\n' };
    for (let i = 1; i <= 26; i++) {
      files[`m${i}/main.tf`] =
        i < 26 ? `module "a" { source = "../m${i + 1}" }\nmodule "b" { source = "../m${i + 1}" }\nresource "aws_vpc" "v" { cidr_block = "10.${i}.0.0/16" }\n` : 'resource "aws_vpc" "v" { cidr_block = "10.99.0.0/16" }\n';
    }
    const dir = project('doubling', files);
    const r = await run(dir, ['root', 'other']);
    expect(r.code).toBe(2);
    const errors = r.stderr.split('\n').filter((l) => / error: /.test(l) || /^m\d+\/main\.tf/.test(l));
    expect(errors).toEqual([
      'm20/main.tf:1:1: module "a": the configuration makes more than 10000 module instances (the cap was reached at module.top' +
        '.module.a'.repeat(12) +
        '.module.b.module.a.module.a.module.b.module.b.module.b.module.a.module.a); this call and the module calls evaluated after it are not expanded, so their resources are not linted',
    ]);
    expect(r.stdout).toContain(otherFinding);
  });

  it('stops a module tree nested more than 32 deep at the call where it went deeper', async () => {
    const files: Record<string, string> = { ...other, 'root/main.tf': 'module "top" {\n  source = "../m1"\n}\n' };
    for (let i = 1; i <= 40; i++) files[`m${i}/main.tf`] = i < 40 ? `module "next" {\n  source = "../m${i + 1}"\n}\n` : 'resource "aws_vpc" "v" { cidr_block = "10.0.0.0/16" }\n';
    const dir = project('deep', files);
    const r = await run(dir, ['root', 'other']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n').filter((l) => /^m\d+\/main\.tf/.test(l))).toEqual([
      `m32/main.tf:1:1: module "next": modules nested more than 32 deep (module.top${'.module.next'.repeat(32)}); the modules below it are not linted`,
    ]);
    expect(r.stdout).toContain(otherFinding);
  });
});

describe('resource instance cap', () => {
  it('stops a count multiplied by module instances at 200,000 resource instances, at the resource where it was hit', async () => {
    const dir = project('many-resources', {
      ...other,
      'root/main.tf': 'module "copies" {\n  count  = 3\n  source = "../copy"\n}\n',
      'copy/main.tf': '# 90,000 per copy: the third copy is past the cap\nresource "null_resource" "r" {\n  count = 90000\n}\n',
    });
    const r = await run(dir, ['root', 'other']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n').filter((l) => l.startsWith('copy/'))).toEqual([
      'copy/main.tf:2:1: module.copies[2].null_resource.r: the configuration makes more than 200000 resource instances (the cap was reached here); this resource and the ones evaluated after it are not linted',
    ]);
    expect(r.stdout).toContain(otherFinding);
  });
});

describe('module cycles', () => {
  it('names a module that calls itself', async () => {
    const dir = project('self', {
      ...other,
      'root/main.tf': 'module "net" {\n  source = "../net"\n}\n',
      'net/main.tf': 'resource "aws_vpc" "v" {\n  cidr_block = "10.0.0.0/16"\n}\n\nmodule "again" {\n  source = "./"\n}\n',
    });
    const r = await run(dir, ['root', 'other']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n').filter((l) => l.startsWith('net/'))).toEqual([
      'net/main.tf:5:1: module "again" closes a module cycle (net -> net): Terraform cannot install a module that calls itself (it recurses without end), and vpclint does not follow the cycle',
    ]);
    expect(r.stdout).toContain(otherFinding);
  });

  it('names a cycle through another module', async () => {
    const dir = project('pair', {
      ...other,
      'root/main.tf': 'module "a" {\n  source = "../a"\n}\n',
      'a/main.tf': 'module "b" {\n  source = "../b"\n}\n',
      'b/main.tf': '# b calls a back\nmodule "a" {\n  source = "../a"\n}\n',
    });
    const r = await run(dir, ['root', 'other']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n').filter((l) => /^[ab]\//.test(l))).toEqual([
      'b/main.tf:2:1: module "a" closes a module cycle (a -> b -> a): Terraform cannot install a module that calls itself (it recurses without end), and vpclint does not follow the cycle',
    ]);
    expect(r.stdout).toContain(otherFinding);
  });
});
