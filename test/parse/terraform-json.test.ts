/**
 * Terraform's JSON configuration syntax (`*.tf.json`, CDKTF's `cdk.tf.json`) read as Terraform:
 * the same model as the `.tf` it stands for, with findings located at the resource's key (or the
 * attribute's), alone and mixed with `.tf` files of the same module. It is never mistaken for a
 * plan or a CloudFormation template.
 */
import { describe, expect, it } from 'vitest';
import { tempProjects } from '../helpers/project.js';
import type { LintResult } from '../../src/engine/finding.js';
import { main } from '../../src/cli.js';
import { isParserLoaded, readTerraformSources } from '../../src/parse/terraform-hcl/index.js';
import { lintPaths } from '../../src/run.js';
import { parseSource } from '../helpers/parse-source.js';

const { project } = tempProjects('vpclint-tf-json-');


const lines = (r: LintResult): string[] => r.findings.map((f) => `${f.location?.file}:${f.location?.line}:${f.location?.column} ${f.ruleId} ${f.resource}`);
const errors = (r: LintResult): string[] => r.errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`);

const cdk = `{
  "//": { "metadata": { "backend": "local" } },
  "provider": { "aws": [{ "region": "us-east-1" }] },
  "variable": { "c_cidr": { "type": "string", "default": "10.0.128.0/20" } },
  "resource": {
    "aws_vpc": {
      "a": {
        "cidr_block": "10.0.0.0/16",
        "tags": { "Name": "a" }
      },
      "c": {
        "cidr_block": "\${var.c_cidr}"
      }
    },
    "aws_vpc_peering_connection": {
      "a_c": {
        "vpc_id": "\${aws_vpc.a.id}",
        "peer_vpc_id": "\${aws_vpc.c.id}",
        "auto_accept": true
      }
    }
  }
}
`;

describe('.tf.json modules', () => {
  it('reads a module of one cdk.tf.json: references, variables, findings at the resource key', async () => {
    const dir = project('alone', { 'cdk.tf.json': cdk });
    const r = await lintPaths(['.'], { cwd: dir });
    expect(errors(r)).toEqual([]);
    expect(r.files).toEqual(['cdk.tf.json']);
    expect(lines(r)).toEqual(['cdk.tf.json:16:7 NET101 aws_vpc_peering_connection.a_c']);
    // Runs first in this file: JSON syntax needs no HCL parser.
    expect(isParserLoaded()).toBe(false);
    // Named on the command line, it is read the same way (not reported as JSON vpclint does not read).
    const named = await lintPaths(['cdk.tf.json'], { cwd: dir });
    expect([errors(named), lines(named)]).toEqual([[], ['cdk.tf.json:16:7 NET101 aws_vpc_peering_connection.a_c']]);
    expect(r.findings[0]?.message).toBe(
      'Peering aws_vpc_peering_connection.a_c joins aws_vpc.a (10.0.0.0/16) and aws_vpc.c (10.0.128.0/20), whose IPv4 ranges overlap; AWS will fail the peering. Re-address one VPC or drop the peering.',
    );
  });

  it('reads .tf.json and .tf files of one directory as one module', async () => {
    const dir = project('mixed', {
      'main.tf': 'resource "aws_vpc" "a" {\n  cidr_block = "10.0.0.0/16"\n}\n\nresource "aws_vpc" "c" {\n  cidr_block = "10.0.128.0/20"\n}\n',
      'peering.tf.json': `{
  "resource": {
    "aws_vpc_peering_connection": {
      "a_c": [
        {
          "vpc_id": "\${aws_vpc.a.id}",
          "peer_vpc_id": "\${aws_vpc.c.id}",
          "auto_accept": true
        }
      ]
    },
    "aws_security_group": {
      "web": {
        "vpc_id": "\${aws_vpc.a.id}",
        "ingress": {
          "from_port": 22,
          "to_port": 22,
          "protocol": "tcp",
          "cidr_blocks": ["0.0.0.0/0"]
        }
      }
    }
  }
}
`,
    });
    const r = await lintPaths(['.'], { cwd: dir });
    expect(errors(r)).toEqual([]);
    expect(r.files).toEqual(['main.tf', 'peering.tf.json']);
    expect(lines(r)).toEqual(['peering.tf.json:4:7 NET101 aws_vpc_peering_connection.a_c', 'peering.tf.json:19:11 NET401 aws_security_group.web']);
    expect(r.findings[1]?.message).toMatch(/^aws_security_group\.web\.ingress\[0\] admits tcp port 22 from 0\.0\.0\.0\/0/);
  });

  it('reads a variable type as a type expression and its default literally, and single-object nested blocks as blocks', async () => {
    const text = JSON.stringify(
      {
        variable: { name: { type: 'string', default: 'web-${x}' }, ports: { type: 'list(number)', default: ['443'] } },
        resource: {
          aws_security_group: {
            web: {
              '//': 'a comment',
              vpc_id: 'vpc-0123',
              tags: { Name: '${var.name}' },
              egress: { from_port: '${var.ports[0]}', to_port: 443, protocol: 'tcp', cidr_blocks: ['10.0.0.0/8'] },
            },
          },
        },
      },
      null,
      2,
    );
    const r = await readTerraformSources([{ file: 'main.tf.json', text }]);
    expect(r.errors).toEqual([]);
    const sg = r.resources.find((x) => x.address === 'aws_security_group.web');
    expect(sg?.get(['tags'])).toEqual({ state: 'known', value: { Name: 'web-${x}' } });
    expect(sg?.get(['egress', 0, 'from_port'])).toEqual({ state: 'known', value: 443 });
    expect(sg?.get(['//'])).toEqual({ state: 'absent' });
    expect(sg?.location()).toEqual({ file: 'main.tf.json', line: 16, column: 7 });
  });

  it('is not a plan or a template: parseSource leaves it to the Terraform reader', () => {
    const text = JSON.stringify({ format_version: '1.2', resource: { aws_vpc: { a: { cidr_block: '10.0.0.1/16' } } }, Resources: {} });
    expect(parseSource({ file: 'cdk.tf.json', text })).toEqual({ recognized: false, resources: [], errors: [] });
  });

  it('reports invalid JSON and a non-object at file:line:col with exit 2, and lints the other files', async () => {
    const dir = project('bad', {
      'a/broken.tf.json': '{\n  "resource": {\n    "aws_vpc": { "a": { "cidr_block": "10.0.0.0/16", } }\n  }\n}\n',
      'b/list.tf.json': '\n[1, 2]\n',
      'c/main.tf.json': '{ "resource": { "aws_vpc": { "x": {\n  "cidr_block": "10.0.0.1/16"\n} } } }\n',
    });
    let stdout = '';
    let stderr = '';
    const code = await main(['.', '--format', 'json'], { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd: dir, env: {}, isTTY: false });
    expect(code).toBe(2);
    const out = JSON.parse(stdout) as { findings: { id: string; location: { file: string; line: number; column: number } }[]; errors: unknown[] };
    expect(out.findings.map((f) => `${f.location.file}:${f.location.line}:${f.location.column} ${f.id}`)).toEqual(['c/main.tf.json:2:3 NET001']);
    expect(out.errors).toEqual([
      { file: 'a/broken.tf.json', line: 3, column: 54, message: "invalid JSON: Expected double-quoted property name" },
      { file: 'b/list.tf.json', line: 2, column: 1, message: 'a Terraform JSON configuration file must hold one object (of resource, variable, module, ... blocks)' },
    ]);
  });

  it('refuses JSON nested deeper than configuration without exhausting the stack', async () => {
    const deep = `{ "locals": { "x": ${'['.repeat(100_000)}${']'.repeat(100_000)} } }`;
    const dir = project('deep', { 'main.tf.json': deep });
    const r = await lintPaths(['.'], { cwd: dir });
    expect(errors(r)).toEqual(['main.tf.json:1:83: the JSON nests more than 64 levels deep, which is not Terraform configuration']);
  });
});
